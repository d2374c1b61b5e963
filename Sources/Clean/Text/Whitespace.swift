/// Whitespace normalisation for extracted text.
enum Whitespace {
    /// Collapses every run of whitespace (including no-break and zero-width spaces) to one space,
    /// trims both ends, and drops control characters so the output is always safe to embed.
    static func collapse(_ text: String) -> String {
        var result = UTF8Builder(capacity: text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
                0x3000:
                pendingSpace = !result.isEmpty
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue  // zero-width characters carry no text (soft hyphens stay: they are part of the words)
            case 0x00...0x1F, 0x7F...0x9F:
                pendingSpace = !result.isEmpty
            default:
                if pendingSpace {
                    result.append(ascii: 0x20)
                    pendingSpace = false
                }
                result.append(scalar)
            }
        }
        return result.string
    }

    /// Cleans preformatted text: keeps line structure and indentation, drops control characters
    /// (tabs and newlines stay), trims trailing spaces per line and blank lines at both ends.
    static func preformatted(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0D: continue
            case 0x09, 0x0A: scalars.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0x200B, 0xFEFF: continue
            case 0xA0: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        var lines: [String] = []
        for line in String(scalars).split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = Substring(line)
            while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
            lines.append(String(trimmed))
        }
        var first = 0
        var last = lines.count
        while first < last && lines[first].isEmpty { first += 1 }
        while last > first && lines[last - 1].isEmpty { last -= 1 }
        return lines[first..<last].joined(separator: "\n")
    }
}
