public import WinnowCore

/// Renders an article as CommonMark/GitHub-flavoured Markdown.
///
/// - The title becomes the only `#` heading. Body headings move one level down (`h1` → `##`,
///   `h2` → `###`, …, `h5` and `h6` → `######`) so the document keeps a single top-level heading.
/// - Paragraphs, lists, quotes, tables and code are separated by blank lines.
/// - Lists use `- item` / `1. item`. Two lists in a row would merge into one in Markdown, so a list
///   directly after a list of the same kind switches marker (`*` / `1)`), which CommonMark reads as a new list.
/// - Quotes prefix every line with `> `; tables become pipe tables whose first row is the header;
///   code is fenced with backticks, longer than any backtick run inside it.
/// - Text is escaped only where Markdown would misread it as structure: at line starts (see
///   ``MarkdownEscaping``) and `|` in table cells. Inline punctuation such as `*` or `_` inside a line is
///   left alone: it can at worst add emphasis, never hide or restructure text, and escaping it would
///   clutter every file.
public enum MarkdownRenderer {
    /// The Markdown document for `article`, ending in a newline; "" when there is neither title nor body.
    public static func render(_ article: Article) -> String {
        var sections: [String] = []
        if let title = article.metadata.title, !MarkdownEscaping.singleLine(title).isEmpty {
            sections.append("# " + MarkdownEscaping.headingText(title))
        }
        var previous: Block?
        for block in article.blocks {
            if let section = render(block, after: previous) { sections.append(section) }
            previous = block
        }
        guard !sections.isEmpty else { return "" }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// One block as Markdown, without surrounding blank lines; nil for blocks with nothing to show.
    static func render(_ block: Block, after previous: Block?) -> String? {
        switch block {
        case .heading(let level, let text):
            guard !MarkdownEscaping.singleLine(text).isEmpty else { return nil }
            let depth = min(max(level, 1) + 1, 6)
            return String(repeating: "#", count: depth) + " " + MarkdownEscaping.headingText(text)
        case .paragraph(let text):
            let lines = MarkdownEscaping.lines(of: text).map(MarkdownEscaping.escapedLine)
            return lines.allSatisfy(\.isEmpty) ? nil : trimmingBlankLines(lines).joined(separator: "\n")
        case .list(let ordered, let items):
            guard !items.isEmpty else { return nil }
            var alternate = false
            if case .list(let previousOrdered, _) = previous, previousOrdered == ordered { alternate = true }
            return list(ordered: ordered, items: items, alternateMarker: alternate)
        case .quote(let text):
            let lines = trimmingBlankLines(MarkdownEscaping.lines(of: text).map(MarkdownEscaping.escapedLine))
            guard !lines.isEmpty else { return nil }
            return lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case .table(let rows):
            return table(rows)
        case .code(let code):
            return fencedCode(code)
        }
    }

    private static func list(ordered: Bool, items: [String], alternateMarker: Bool) -> String {
        var lines: [String] = []
        for (index, item) in items.enumerated() {
            let marker: String
            if ordered {
                marker = "\(index + 1)" + (alternateMarker ? ")" : ".")
            } else {
                marker = alternateMarker ? "*" : "-"
            }
            // Blank lines inside an item would make the list "loose" or end it; the item's lines are kept together.
            let itemLines = MarkdownEscaping.lines(of: item).map(MarkdownEscaping.escapedLine).filter { !$0.isEmpty }
            guard let first = itemLines.first else {
                lines.append(marker)
                continue
            }
            lines.append(marker + " " + first)
            // Continuation lines are indented to the item's content column so they stay inside the item.
            let indent = String(repeating: " ", count: marker.count + 1)
            lines.append(contentsOf: itemLines.dropFirst().map { indent + $0 })
        }
        return lines.joined(separator: "\n")
    }

    private static func table(_ rows: [[String]]) -> String? {
        let columns = rows.map(\.count).max() ?? 0
        guard columns > 0 else { return nil }
        func line(_ cells: [String]) -> String {
            "| " + cells.joined(separator: " | ") + " |"
        }
        let padded = rows.map { row in
            row.map(MarkdownEscaping.tableCell) + Array(repeating: "", count: columns - row.count)
        }
        var lines = [line(padded[0]), line(Array(repeating: "---", count: columns))]
        lines.append(contentsOf: padded.dropFirst().map(line))
        return lines.joined(separator: "\n")
    }

    private static func fencedCode(_ code: String) -> String {
        let fence = String(repeating: "`", count: max(3, MarkdownEscaping.longestBacktickRun(in: code) + 1))
        var body = code
        if body.hasSuffix("\n") { body.removeLast() }
        return body.isEmpty ? fence + "\n" + fence : fence + "\n" + body + "\n" + fence
    }

    private static func trimmingBlankLines(_ lines: [String]) -> [String] {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }),
            let last = lines.lastIndex(where: { !$0.isEmpty })
        else { return [] }
        return Array(lines[first...last])
    }
}
