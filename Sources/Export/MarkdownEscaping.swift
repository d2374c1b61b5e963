/// The few escapes that keep plain text from being read as Markdown structure.
///
/// CommonMark lets a backslash escape any ASCII punctuation, so escaping is always safe; we only do it
/// where a character would otherwise start a block (heading, quote, list, fence, HTML block, table,
/// thematic break, setext underline, link reference definition) or break a table cell.
enum MarkdownEscaping {
    /// Characters that can open a block when they start a line: `#` heading, `>` quote, `-`/`+`/`*` list or
    /// break, `_` break, `=` setext underline, `<` HTML block, `|` table row, `` ` ``/`~` fence,
    /// `[` link reference definition (which would make the line vanish from the rendered output).
    private static let blockStarters: Set<Character> = ["#", ">", "-", "+", "*", "_", "=", "<", "|", "`", "~", "["]

    /// The text split into lines at any line break (`\n`, `\r\n`, `\r`, U+2028, ...).
    static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// One line of running text, made safe to start a Markdown line.
    ///
    /// Leading spaces and tabs are dropped: four of them would turn the line into an indented code block,
    /// and Markdown ignores fewer anyway.
    static func escapedLine(_ line: Substring) -> String {
        let text = line.drop(while: { $0 == " " || $0 == "\t" })
        guard let first = text.first else { return "" }
        if blockStarters.contains(first) { return "\\" + text }
        // "1. " or "1) " (up to nine digits) starts an ordered list: escape the delimiter.
        let digits = text.prefix(while: \.isASCIIDigit)
        if (1...9).contains(digits.count) {
            let rest = text[digits.endIndex...]
            if let delimiter = rest.first, delimiter == "." || delimiter == ")" {
                let after = rest.dropFirst().first
                if after == nil || after == " " || after == "\t" {
                    return String(digits) + "\\" + String(rest)
                }
            }
        }
        return String(text)
    }

    /// Text collapsed to a single line: line breaks become spaces, outer whitespace is trimmed.
    static func singleLine(_ text: String) -> String {
        lines(of: text).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Heading content on one line. A trailing run of `#` after a space would be read as the heading's
    /// optional closing sequence and dropped, so it gets a backslash.
    static func headingText(_ text: String) -> String {
        var line = singleLine(text)
        let hashes = line.reversed().prefix(while: { $0 == "#" }).count
        if hashes > 0 {
            let runStart = line.index(line.endIndex, offsetBy: -hashes)
            if runStart == line.startIndex || line[line.index(before: runStart)] == " " {
                line.insert("\\", at: runStart)
            }
        }
        return line
    }

    /// A table cell on one line, with `|` escaped so it does not split the cell. A backslash right before a
    /// pipe is doubled first, or it would swallow our escape.
    static func tableCell(_ text: String) -> String {
        var out = ""
        let cell = singleLine(text)
        var index = cell.startIndex
        while index < cell.endIndex {
            let character = cell[index]
            let next = cell.index(after: index)
            if character == "|" {
                out += "\\|"
            } else if character == "\\", next < cell.endIndex, cell[next] == "|" {
                out += "\\\\"
            } else {
                out.append(character)
            }
            index = next
        }
        return out
    }

    /// The length of the longest run of backticks, to pick a code fence that cannot close early.
    static func longestBacktickRun(in text: String) -> Int {
        var longest = 0
        var current = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "`") {
                current += 1
                longest = max(longest, current)
            } else {
                current = 0
            }
        }
        return longest
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        let isText: (Character) -> Bool = { $0 != " " && $0 != "\t" }
        guard let start = firstIndex(where: isText), let end = lastIndex(where: isText) else { return "" }
        return self[start...end]
    }
}
