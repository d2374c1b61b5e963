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

    /// The UTF-8 length of `plainLines`, added up, without building the lines.
    public var plainUTF8Count: Int {
        switch self {
        case .heading(_, let text), .paragraph(let text), .quote(let text), .code(let text):
            return text.utf8.count
        case .list(_, let items):
            return items.reduce(0) { $0 + $1.utf8.count }
        case .table(let rows):
            // A row's cells are joined by one tab each.
            return rows.reduce(0) { total, row in row.reduce(total + max(row.count - 1, 0)) { $0 + $1.utf8.count } }
        }
    }

    /// The blocks' `plainLines`, one per line: `blocks.flatMap(\.plainLines).joined(separator: "\n")`
    /// written into one string, without an array of every line (and of every table row) first.
    public static func plainText(of blocks: [Block]) -> String {
        var text = ""
        text.reserveCapacity(blocks.reduce(0) { $0 + $1.plainUTF8Count + 8 })
        var first = true
        func startLine() {
            if !first { text.append("\n") }
            first = false
        }
        for block in blocks {
            switch block {
            case .heading(_, let line), .paragraph(let line), .quote(let line), .code(let line):
                startLine()
                text.append(line)
            case .list(_, let items):
                for item in items {
                    startLine()
                    text.append(item)
                }
            case .table(let rows):
                for row in rows {
                    startLine()
                    for (position, cell) in row.enumerated() {
                        if position > 0 { text.append("\t") }
                        text.append(cell)
                    }
                }
            }
        }
        return text
    }
}
