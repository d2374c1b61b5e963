/// Escaping shared by the XML export and the HTML views: `& < > " '` become entities and the
/// characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF) are dropped,
/// so page text never becomes markup.
enum MarkupEscaping {
    /// - Parameters:
    ///   - apostrophe: the entity for `'` (`&apos;` in XML; `&#39;` in HTML, which predates `&apos;`).
    ///   - escapeCarriageReturn: write CR as `&#xD;` so an XML parser keeps it (it normalises a raw CR away).
    static func escape(_ text: String, apostrophe: String, escapeCarriageReturn: Bool) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: apostrophe.unicodeScalars)
            case "\r" where escapeCarriageReturn: out.append(contentsOf: "&#xD;".unicodeScalars)
            case "\t", "\n", "\r": out.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }
}
