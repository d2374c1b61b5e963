extension JSONValue {
    /// How to lay out serialized JSON.
    public enum Layout: Sendable {
        /// Two-space indentation, one member or element per line (for `.json` files people read).
        case pretty
        /// Everything on one line with no spaces (for JSON Lines files, where a line is a record).
        case compact
    }

    /// The value as JSON text, without a trailing newline.
    ///
    /// Strings are escaped so the result is valid JSON and also safe to embed in JavaScript: `"` and `\`,
    /// every control character U+0000–U+001F (`\n`, `\t`, `\r`, `\b`, `\f` in their short forms, the rest
    /// as `\u00XX`), and U+2028/U+2029, which JSON allows raw but JavaScript source does not.
    /// Everything else, emoji included, is written as raw UTF-8.
    public func serialized(_ layout: Layout) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(to: &out, layout: layout, depth: 0)
        return String(decoding: out, as: UTF8.self)
    }

    // Recursion here is over our own fixed-depth values (object -> array -> string), never over page DOMs.
    private func write(to out: inout [UInt8], layout: Layout, depth: Int) {
        switch self {
        case .null:
            out.append(contentsOf: "null".utf8)
        case .string(let text):
            JSONValue.appendQuoted(text, to: &out)
        case .integer(let value):
            out.append(contentsOf: String(value).utf8)
        case .array(let elements):
            writeContainer(
                open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: elements.count, to: &out,
                layout: layout, depth: depth
            ) { index, out in
                elements[index].write(to: &out, layout: layout, depth: depth + 1)
            }
        case .object(let members):
            writeContainer(
                open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: members.count, to: &out,
                layout: layout, depth: depth
            ) { index, out in
                JSONValue.appendQuoted(members[index].key, to: &out)
                out.append(UInt8(ascii: ":"))
                if layout == .pretty { out.append(UInt8(ascii: " ")) }
                members[index].value.write(to: &out, layout: layout, depth: depth + 1)
            }
        }
    }

    private func writeContainer(
        open: UInt8, close: UInt8, count: Int, to out: inout [UInt8], layout: Layout, depth: Int,
        element: (Int, inout [UInt8]) -> Void
    ) {
        out.append(open)
        // Empty containers stay `[]` / `{}` on one line in both layouts.
        guard count > 0 else {
            out.append(close)
            return
        }
        for index in 0..<count {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            if layout == .pretty { JSONValue.appendNewline(indent: depth + 1, to: &out) }
            element(index, &out)
        }
        if layout == .pretty { JSONValue.appendNewline(indent: depth, to: &out) }
        out.append(close)
    }

    private static func appendNewline(indent: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `text` as a quoted, escaped JSON string, working on UTF-8 bytes.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.popFirst() {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: #"\r"#.utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: #"\t"#.utf8)
            case 0x08: out.append(contentsOf: #"\b"#.utf8)
            case 0x0C: out.append(contentsOf: #"\f"#.utf8)
            case 0x00..<0x20:
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            // U+2028 and U+2029 are E2 80 A8 / E2 80 A9 in UTF-8.
            case 0xE2
            where bytes.count >= 2 && bytes[bytes.startIndex] == 0x80
                && (bytes[bytes.startIndex + 1] == 0xA8 || bytes[bytes.startIndex + 1] == 0xA9):
                let last = bytes[bytes.startIndex + 1]
                bytes.removeFirst(2)
                out.append(contentsOf: (last == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
