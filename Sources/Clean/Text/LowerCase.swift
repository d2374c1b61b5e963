/// `String.lowercased()` computed on UTF-8 bytes, with the same result.
///
/// Why: the block filter lower-cases every block, and `lowercased()` looks up each scalar of a
/// non-ASCII text in the Unicode tables, ASCII letters included (one "ü" makes the whole paragraph
/// slow). Here ASCII bytes are lowered directly, two-byte scalars (Latin, Greek, Cyrillic, Arabic…)
/// come from a table, and only longer scalars ask the Unicode tables. `lowercased()` maps each scalar
/// on its own, without context (no final sigma), which is what makes a per-scalar table exact.
enum LowerCase {
    /// `lowercased(text)`, or `text` itself when it is ASCII without capitals (nearly every class value
    /// and meta name): then no new string is made.
    static func lowercasedIfNeeded(_ text: String) -> String {
        text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) ? lowercased(text) : text
    }

    static func lowercased(_ text: String) -> String {
        var text = text
        var fits = true
        // Lower case is at most half as long again: ASCII keeps its length, two-byte scalars have at most
        // three bytes in `twoByteTable`, and longer scalars are checked as they are written (each within
        // half as long again as itself, so the running total stays within the capacity).
        let lowered = text.withUTF8 { source in
            String(unsafeUninitializedCapacity: source.count + source.count / 2) { out in
                var written = 0
                var index = 0
                while index < source.count {
                    let lead = source[index]
                    if lead < 0x80 {
                        out[written] = ByteSearch.lowered(lead)
                        written += 1
                        index += 1
                    } else if lead < 0xE0 {
                        written += writeTwoByte(lead, source[index + 1], to: out, at: written)
                        index += 2
                    } else {
                        let length = lead < 0xF0 ? 3 : 4
                        guard let count = writeLongScalar(source[index..<(index + length)], to: out, at: written) else {
                            fits = false
                            return 0
                        }
                        written += count
                        index += length
                    }
                }
                return written
            }
        }
        return fits ? lowered : text.lowercased()
    }

    /// A two-byte scalar (0x80..<0x800) through `twoByteTable`; the bytes written.
    @inline(__always)
    private static func writeTwoByte(_ lead: UInt8, _ trail: UInt8, to out: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        let entry = twoByteTable[(Int(lead & 0x1F) << 6 | Int(trail & 0x3F)) - 0x80]
        guard entry != unchanged else {
            out[start] = lead
            out[start + 1] = trail
            return 2
        }
        let count = Int(entry >> 24)
        for position in 0..<count { out[start + position] = UInt8(truncatingIfNeeded: entry >> (8 * position)) }
        return count
    }

    /// A scalar of three or four bytes, most of which (CJK, punctuation) have no lower case; the bytes
    /// written, or nil when its lower case is more than half as long again.
    private static func writeLongScalar(
        _ bytes: Slice<UnsafeBufferPointer<UInt8>>, to out: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Int? {
        let value = bytes.dropFirst().reduce(UInt32(bytes.first! & (bytes.count == 3 ? 0x0F : 0x07))) { $0 << 6 | UInt32($1 & 0x3F) }
        let scalar = Unicode.Scalar(value)!  // a String holds valid UTF-8
        guard scalar.properties.changesWhenLowercased else {
            for (offset, byte) in bytes.enumerated() { out[start + offset] = byte }
            return bytes.count
        }
        let lower = scalar.properties.lowercaseMapping.utf8
        guard lower.count <= bytes.count + bytes.count / 2 else { return nil }
        for (offset, byte) in lower.enumerated() { out[start + offset] = byte }
        return lower.count
    }

    fileprivate static let unchanged: UInt32 = 0

    /// Per scalar 0x80..<0x800: its lower case as up to three UTF-8 bytes (low byte first) with the
    /// byte count in the top byte, or `unchanged`.
    fileprivate static let twoByteTable: [UInt32] = (0x80..<0x800).map { value in
        let scalar = Unicode.Scalar(UInt32(value))!
        let lower = Array(String(scalar).lowercased().utf8)
        guard lower != Array(String(scalar).utf8) else { return unchanged }
        precondition(lower.count <= 3, "lower case of U+\(value) longer than three bytes")
        return lower.enumerated().reduce(UInt32(lower.count) << 24) { $0 | UInt32($1.element) << (8 * $1.offset) }
    }
}

extension LowerCase {
    /// Appends the lower case of one scalar, `length` bytes of `source` from `index` with value `value`,
    /// to `out`: what `lowercased()` gives for that scalar, so lowering a word scalar by scalar as it is
    /// read equals lowering the finished word.
    @inline(__always)
    static func appendLowered(
        _ source: UnsafeBufferPointer<UInt8>, at index: Int, length: Int, value: UInt32, to out: inout [UInt8]
    ) {
        if length == 1 {
            out.append(ByteSearch.lowered(source[index]))
        } else if length == 2 {
            let entry = twoByteTable[Int(value) - 0x80]
            guard entry != unchanged else {
                out.append(source[index])
                out.append(source[index + 1])
                return
            }
            for position in 0..<Int(entry >> 24) { out.append(UInt8(truncatingIfNeeded: entry >> (8 * position))) }
        } else {
            let scalar = Unicode.Scalar(value)!
            if scalar.properties.changesWhenLowercased {
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                out.append(contentsOf: source[index..<(index + length)])
            }
        }
    }
}
