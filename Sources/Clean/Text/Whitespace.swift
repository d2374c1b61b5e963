/// Whitespace normalisation for extracted text.
enum Whitespace {
    /// Collapses every run of whitespace (including no-break and zero-width spaces) to one space,
    /// trims both ends, and drops control characters so the output is always safe to embed.
    static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8(collapse(utf8:))
    }

    /// `collapse` on a UTF-8 byte buffer (the renderer's).
    static func collapse(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer(collapse(utf8:))
    }

    /// `collapse` on valid UTF-8.
    ///
    /// Why bytes: walking `unicodeScalars` decoded every scalar of every rendered block and was a third of
    /// rendering; ASCII bytes are judged as they are and other scalars decoded only to be classified.
    /// The output is never longer than the input: a run shrinks to one space, other scalars are copied.
    static func collapse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            var written = 0
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                switch lead < 0x80 ? asciiKind(lead) : kind(ofScalarAt: index, length: length, in: bytes) {
                case .space:
                    pendingSpace = written > 0
                case .zeroWidth:
                    break
                case .text:
                    if pendingSpace {
                        output[written] = 0x20
                        written += 1
                        pendingSpace = false
                    }
                    for offset in 0..<length { output[written + offset] = bytes[index + offset] }
                    written += length
                }
                index += length
            }
            return written
        }
    }

    private enum ScalarKind { case space, zeroWidth, text }

    /// ASCII space and control characters (C0 and DEL) count as whitespace.
    @inline(__always)
    private static func asciiKind(_ byte: UInt8) -> ScalarKind {
        byte <= 0x20 || byte == 0x7F ? .space : .text
    }

    /// How `collapse` treats the non-ASCII scalar of `length` bytes at `index`.
    @inline(__always)
    private static func kind(ofScalarAt index: Int, length: Int, in bytes: UnsafeBufferPointer<UInt8>) -> ScalarKind {
        guard length < 4 else { return .text }  // no space or zero-width scalar beyond U+FFFF
        var value = UInt32(bytes[index]) & (length == 2 ? 0x1F : 0x0F)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        switch value {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x80...0x9F:
            return .space
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
            return .zeroWidth  // zero-width characters carry no text (soft hyphens stay: they are part of the words)
        default:
            return .text
        }
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
