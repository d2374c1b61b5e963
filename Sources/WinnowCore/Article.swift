/// The result of cleaning one page: its metadata and its content blocks.
public struct Article: Sendable, Hashable {
    public var metadata: Metadata
    /// The article body in reading order (the title is in `metadata`, not here).
    public var blocks: [Block]
    /// What was removed and why; only when cleaning was asked to explain itself.
    public var report: ExtractionReport?
    /// The page's comment thread as text (one block per line), only when comments were asked for;
    /// nil otherwise, and empty when the page has none.
    public var comments: String?

    public init(metadata: Metadata, blocks: [Block], report: ExtractionReport? = nil) {
        self.metadata = metadata
        self.blocks = blocks
        self.report = report
    }

    /// The body as plain text: one block (or list item, or table row) per line.
    public var text: String {
        Block.plainText(of: blocks)
    }

    /// Characters of body text, line breaks not counted (reports' "text length").
    public var textLength: Int {
        blocks.reduce(0) { $0 + $1.plainLines.reduce(0) { $0 + $1.count } }
    }

    /// True when no body text was found.
    public var isEmpty: Bool { blocks.isEmpty }
}
