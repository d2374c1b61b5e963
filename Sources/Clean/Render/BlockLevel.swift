internal import DOM

/// Elements that start a new block of text; everything else is inline and flows into the
/// surrounding block. Shared by the scorer (inline text per block) and the renderer.
enum BlockLevel {
    static let tags: HTMLTagSet = BlockRenderer.blockTags.union([
        .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .table, .tr, .td, .th, .thead, .tbody, .tfoot, .blockquote, .pre,
    ])
}
