/// Scalars read straight from a string's UTF-8 bytes, and scalar properties answered from a table.
///
/// Why: the word splitters of the finishing stage (SimHash, language detection) walked `unicodeScalars`
/// and asked `Unicode.Scalar.Properties` for every non-ASCII scalar, a lookup in the Unicode tables each
/// time. Decoding the bytes in place and keeping the answers for all two-byte scalars (Latin, Greek,
/// Cyrillic, Arabic, Hebrew…) in a bit table leaves only the rarer longer scalars to the tables.
enum UTF8Scalars {
    /// The scalar starting at `index` of valid UTF-8 (a `String`'s bytes): its value and byte length.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (value, 3)
        }
        let value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        return (value, 4)
    }
}

/// A property of scalars with the answers for U+0000..<U+0800 kept in a bit table; other scalars are
/// asked directly.
struct ScalarPredicate: Sendable {
    private let bits: [UInt64]
    private let predicate: @Sendable (Unicode.Scalar) -> Bool

    init(_ predicate: @escaping @Sendable (Unicode.Scalar) -> Bool) {
        var bits = [UInt64](repeating: 0, count: 0x800 / 64)
        for value in 0..<0x800 where predicate(Unicode.Scalar(UInt32(value))!) {
            bits[value >> 6] |= 1 << UInt64(value & 63)
        }
        self.bits = bits
        self.predicate = predicate
    }

    /// The property of the scalar `value` (a valid scalar, as `UTF8Scalars.scalar` returns).
    @inline(__always)
    func callAsFunction(_ value: UInt32) -> Bool {
        if value < 0x800 { return bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
        return predicate(Unicode.Scalar(value)!)
    }
}
