/// One unit of extracted article content, in reading order.
public enum Block: Sendable, Hashable {
    /// A heading with its level (1...6).
    case heading(level: Int, text: String)
    /// A paragraph of running text.
    case paragraph(String)
    /// A list; `ordered` says whether it was an `<ol>`.
    case list(ordered: Bool, items: [String])
    /// A block quotation.
    case quote(String)
    /// A table: rows of cells, the first row may be a header row.
    case table(rows: [[String]])
    /// Preformatted text or code, kept verbatim.
    case code(String)

    /// The block's text as plain lines (tables: cells joined by tabs).
    public var plainLines: [String] {
        switch self {
        case .heading(_, let text), .paragraph(let text), .quote(let text):
            return [text]
        case .list(_, let items):
            return items
        case .table(let rows):
            return rows.map { $0.joined(separator: "\t") }
        case .code(let text):
            return [text]
        }
    }
}
