/// Line starts looked up by a text's first byte, compared byte for byte.
///
/// Why: the rules check every short block against lists of dozens of line starts, and one
/// `hasBytePrefix` per entry walked two `String.UTF8View`s each time; most texts share no first byte
/// with more than a few entries.
struct PrefixSet: Sendable {
    /// Prefixes by their first byte.
    private let byFirstByte: [[[UInt8]]]

    init(_ prefixes: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for prefix in prefixes {
            precondition(!prefix.isEmpty, "an empty prefix would match every text")
            table[Int(prefix.utf8.first!)].append(Array(prefix.utf8))
        }
        byFirstByte = table
    }

    /// True when `text` starts with one of the prefixes (the same as `hasBytePrefix` on any of them).
    func isPrefix(of text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first else { return false }
            return byFirstByte[Int(first)].contains { prefix in
                prefix.count <= bytes.count && UnsafeBufferPointer(rebasing: bytes[..<prefix.count]).elementsEqual(prefix)
            }
        }
    }
}
