/// Substring search on UTF-8 bytes (byte equality is what `contains` on normalised, lower-cased text
/// needs here; Foundation's `contains` bridges to NSString and was a quarter of the cleaning time).
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        needle.isEmpty || firstIndex(of: needle, in: haystack) != nil
    }

    /// Start of the first occurrence of `needle` in `haystack`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        return index(of: needle, in: haystack, from: 0, step: 1)
    }

    /// Start of the last occurrence of `needle` in `haystack`.
    static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        return index(of: needle, in: haystack, from: haystack.count - needle.count, step: -1)
    }

    /// The first match met when trying start positions from `start` on, `step` apart.
    private static func index(of needle: [UInt8], in haystack: [UInt8], from start: Int, step: Int) -> Int? {
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                let last = hay.count - pin.count
                var start = start
                while start >= 0 && start <= last {
                    if hay[start] == pin[0] {
                        var offset = 1
                        while offset < pin.count && hay[start + offset] == pin[offset] { offset += 1 }
                        if offset == pin.count { return start }
                    }
                    start += step
                }
                return nil
            }
        }
    }

    /// ASCII upper-case letters lowered; every other byte as it is.
    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- 65 < 26 ? byte | 0x20 : byte
    }

    /// ASCII letters and digits.
    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// The first (or last) occurrence of `needle` in `text`, compared byte for byte: the plain search
    /// the separators of titles need (Foundation's `range(of:)` bridges to NSString). A match of valid
    /// UTF-8 starts and ends on scalar boundaries, so the range slices `text` safely.
    static func range(of needle: String, in text: String, backwards: Bool = false) -> Range<String.Index>? {
        let hay = Array(text.utf8)
        let pin = Array(needle.utf8)
        guard let start = backwards ? lastIndex(of: pin, in: hay) : firstIndex(of: pin, in: hay) else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: start)
        return lower..<text.utf8.index(lower, offsetBy: pin.count)
    }
}

extension String {
    /// `hasPrefix` on UTF-8 bytes: the rule lists check every short block against dozens of prefixes,
    /// and `String.hasPrefix` compares with Unicode canonical equivalence, many times slower. The
    /// prefixes are plain lower-case text, where both agree.
    func hasBytePrefix(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }
}
