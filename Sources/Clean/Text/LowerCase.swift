/// `String.lowercased()` computed on UTF-8 bytes, with the same result.
///
/// Why: the block filter lower-cases every block, and `lowercased()` looks up each scalar of a
/// non-ASCII text in the Unicode tables, ASCII letters included (one "ü" makes the whole paragraph
/// slow). Here ASCII bytes are lowered directly, two-byte scalars (Latin, Greek, Cyrillic, Arabic…)
/// come from a table, and only longer scalars ask the Unicode tables. `lowercased()` maps each scalar
/// on its own, without context (no final sigma), which is what makes a per-scalar table exact.
enum LowerCase {
    static func lowercased(_ text: String) -> String {
        var text = text
        return text.withUTF8 { source in
            var out: [UInt8] = []
            out.reserveCapacity(source.count)
            var index = 0
            while index < source.count {
                let lead = source[index]
                if lead < 0x80 {
                    out.append(ByteSearch.lowered(lead))
                    index += 1
                } else if lead < 0xE0 {
                    appendTwoByte(lead, source[index + 1], to: &out)
                    index += 2
                } else {
                    let length = lead < 0xF0 ? 3 : 4
                    appendScalar(source[index..<(index + length)], to: &out)
                    index += length
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A two-byte scalar (0x80..<0x800) through `twoByteTable`.
    @inline(__always)
    private static func appendTwoByte(_ lead: UInt8, _ trail: UInt8, to out: inout [UInt8]) {
        let entry = twoByteTable[(Int(lead & 0x1F) << 6 | Int(trail & 0x3F)) - 0x80]
        guard entry != unchanged else {
            out.append(lead)
            out.append(trail)
            return
        }
        for position in 0..<Int(entry >> 24) { out.append(UInt8(truncatingIfNeeded: entry >> (8 * position))) }
    }

    /// A scalar of three or four bytes: most (CJK, punctuation) have no lower case.
    private static func appendScalar(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, to out: inout [UInt8]) {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), scalar.properties.changesWhenLowercased else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
    }

    private static let unchanged: UInt32 = 0

    /// Per scalar 0x80..<0x800: its lower case as up to three UTF-8 bytes (low byte first) with the
    /// byte count in the top byte, or `unchanged`.
    private static let twoByteTable: [UInt32] = (0x80..<0x800).map { value in
        let scalar = Unicode.Scalar(UInt32(value))!
        let lower = Array(String(scalar).lowercased().utf8)
        guard lower != Array(String(scalar).utf8) else { return unchanged }
        precondition(lower.count <= 3, "lower case of U+\(value) longer than three bytes")
        return lower.enumerated().reduce(UInt32(lower.count) << 24) { $0 | UInt32($1.element) << (8 * $1.offset) }
    }
}
