internal import WinnowCore

/// A block produced by the renderer, with what later filters need to judge it.
struct RenderedBlock: Sendable {
    var block: Block
    /// Share of the block's characters that sit inside links (0...1).
    var linkShare: Double
    /// The element the block came from (for removal reports).
    var node: Int32
}
