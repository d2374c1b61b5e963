/// Substring search on UTF-8 bytes (byte equality is what `contains` on normalised, lower-cased text
/// needs here; Foundation's `contains` bridges to NSString and was a quarter of the cleaning time).
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var start = 0
                let last = hay.count - pin.count
                while start <= last {
                    if hay[start] == first {
                        var offset = 1
                        while offset < pin.count && hay[start + offset] == pin[offset] { offset += 1 }
                        if offset == pin.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// True when `haystack` contains the ASCII `needle` (given in lower case), ignoring ASCII case.
    static func containsIgnoringASCIICase(_ haystack: String.UTF8View, _ needle: StaticString) -> Bool {
        if let found = haystack.withContiguousStorageIfAvailable({ containsIgnoringASCIICase($0, needle) }) {
            return found
        }
        return containsIgnoringASCIICase(Array(haystack), needle)
    }

    static func containsIgnoringASCIICase(_ haystack: Substring.UTF8View, _ needle: StaticString) -> Bool {
        if let found = haystack.withContiguousStorageIfAvailable({ containsIgnoringASCIICase($0, needle) }) {
            return found
        }
        return containsIgnoringASCIICase(Array(haystack), needle)
    }

    static func containsIgnoringASCIICase(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        haystack.withUnsafeBufferPointer { containsIgnoringASCIICase($0, needle) }
    }

    static func containsIgnoringASCIICase(_ hay: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { pin in
            guard let first = pin.first else { return true }
            guard pin.count <= hay.count else { return false }
            for start in 0...(hay.count - pin.count) where lowered(hay[start]) == first {
                var offset = 1
                while offset < pin.count && lowered(hay[start + offset]) == pin[offset] { offset += 1 }
                if offset == pin.count { return true }
            }
            return false
        }
    }

    /// ASCII upper-case letters lowered; every other byte as it is.
    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- 65 < 26 ? byte | 0x20 : byte
    }

    /// The first (or last) occurrence of `needle` in `text`, compared byte for byte: the plain search
    /// the separators of titles need (Foundation's `range(of:)` bridges to NSString). A match of valid
    /// UTF-8 starts and ends on scalar boundaries, so the range slices `text` safely.
    static func range(of needle: String, in text: String, backwards: Bool = false) -> Range<String.Index>? {
        let hay = Array(text.utf8)
        let pin = Array(needle.utf8)
        guard !pin.isEmpty, pin.count <= hay.count else { return nil }
        let last = hay.count - pin.count
        var start = backwards ? last : 0
        while start >= 0 && start <= last {
            var offset = 0
            while offset < pin.count && hay[start + offset] == pin[offset] { offset += 1 }
            if offset == pin.count {
                let lower = text.utf8.index(text.utf8.startIndex, offsetBy: start)
                return lower..<text.utf8.index(lower, offsetBy: pin.count)
            }
            start += backwards ? -1 : 1
        }
        return nil
    }

    /// Start of the first occurrence of `needle` in `haystack`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    /// Start of the last occurrence of `needle` in `haystack`.
    static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var start = haystack.count - needle.count
        while start >= 0 {
            if haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
            start -= 1
        }
        return nil
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
