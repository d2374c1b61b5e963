internal import WinnowCore

/// A block's text as the filter and its rules read it: the lines joined with spaces, lower-cased and
/// counted once for every rule (each rule used to join, lower-case and count the text on its own).
struct BlockText {
    /// The lines joined with spaces, as written.
    let text: String
    /// `text` lower-cased, hashed for repeats and the title.
    let key: FoldedText
    /// Words separated by spaces: the same in `text` and in its lower case, as no scalar lower-cases
    /// to or from a space.
    let words: Int

    init(_ block: Block) {
        switch block {
        case .heading(_, let text), .paragraph(let text), .quote(let text), .code(let text):
            self.init(text)  // one line: no joined copy
        case .list, .table:
            self.init(block.plainLines.joined(separator: " "))
        }
    }

    init(_ text: String) {
        self.text = text
        key = FoldedText(text)
        words = PhraseRules.wordCount(text)
    }

    var lowered: String { key.lowered }
}
