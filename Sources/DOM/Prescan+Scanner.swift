import Glibc

/// How a page's bytes make code units. A type, not a value, so that each layout gets its own compiled
/// scan: in the one-byte scan every unit read is a plain load, with no width test.
protocol PrescanLayout {
    /// Bytes per code unit.
    static var width: Int { get }
    /// The unit at `index` (in units), which is in range.
    static func unit(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt16
}

extension Prescan {
    /// ASCII-compatible encodings: one byte per unit.
    enum SingleBytes: PrescanLayout {
        @inline(__always) static var width: Int { 1 }
        @inline(__always) static func unit(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt16 {
            UInt16(buffer[index])
        }
    }

    /// UTF-16, most significant byte first.
    enum BigEndianPairs: PrescanLayout {
        @inline(__always) static var width: Int { 2 }
        @inline(__always) static func unit(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt16 {
            UInt16(buffer[2 * index]) << 8 | UInt16(buffer[2 * index + 1])
        }
    }

    /// UTF-16, least significant byte first.
    enum LittleEndianPairs: PrescanLayout {
        @inline(__always) static var width: Int { 2 }
        @inline(__always) static func unit(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt16 {
            UInt16(buffer[2 * index + 1]) << 8 | UInt16(buffer[2 * index])
        }
    }

    /// Reads a page in code units of `Layout`: the primitives the scan in `Prescan+Markup.swift` is
    /// written with.
    struct Scanner<Layout: PrescanLayout> {
        let buffer: UnsafeBufferPointer<UInt8>
        let maxAttributes: Int
        let maxValueUnits: Int
        let cutRawText: Bool
        let knownAttributesOnly: Bool
        let count: Int  // in units

        init(
            buffer: UnsafeBufferPointer<UInt8>, maxAttributes: Int, maxValueUnits: Int, cutRawText: Bool,
            knownAttributesOnly: Bool
        ) {
            self.cutRawText = cutRawText
            self.knownAttributesOnly = knownAttributesOnly
            self.buffer = buffer
            self.maxAttributes = maxAttributes
            self.maxValueUnits = maxValueUnits
            self.count = buffer.count / Layout.width
        }

        /// Bytes per code unit.
        @inline(__always) var width: Int { Layout.width }

        /// The code unit at `index` (in units); 0 past the end.
        @inline(__always) func unit(_ index: Int) -> UInt16 {
            index < count ? Layout.unit(buffer, index) : 0
        }

        @inline(__always) static func isSpace(_ unit: UInt16) -> Bool {
            unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0x0C
        }

        @inline(__always) static func isLetter(_ unit: UInt16) -> Bool {
            (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A
        }

        /// The unit at `index`, lower-cased when it is an ASCII letter, for matching tag names.
        @inline(__always) func lower(_ index: Int) -> UInt16 {
            let current = unit(index)
            return Self.isLetter(current) ? current | 0x20 : current
        }

        /// Whether the units at `index` spell `word` (lower-case ASCII), ignoring ASCII case.
        func matches(_ word: StaticString, at index: Int) -> Bool {
            let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            for offset in 0..<bytes.count where lower(index + offset) != UInt16(bytes[offset]) { return false }
            return true
        }

        /// First index at or after `index` where `word` starts (case-insensitive), or `count`.
        /// Every word searched for starts with a punctuation byte, found with `findUnit`.
        func find(_ word: StaticString, from index: Int) -> Int {
            let first = UInt16(word.utf8Start.pointee)
            var position = index
            while true {
                position = findUnit(first, from: position)
                if position >= count || matches(word, at: position) { return position }
                position += 1
            }
        }

        /// First index at or after `index` of `target`, or `count`; `memchr` in 8-bit text.
        @inline(__always) func findUnit(_ target: UInt16, from index: Int) -> Int {
            guard index < count else { return count }
            if width == 1, let base = buffer.baseAddress {
                guard let hit = memchr(base + index, Int32(target), count - index) else { return count }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            var position = index
            while position < count, unit(position) != target { position += 1 }
            return position
        }

        /// First index at or after `index` of a `<` or a NUL, or `count`: the only units the scan
        /// stops at outside tags. In 8-bit text, eight bytes are tested at a time.
        func nextStop(from index: Int) -> Int {
            var position = index
            if width == 1, let base = buffer.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs: UInt64 = 0x8080_8080_8080_8080
                while position + 8 <= count {
                    let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                    let angle = word ^ (ones &* 0x3C)
                    // A zero byte in `word` (NUL) or in `angle` ('<') sets its high bit here.
                    if ((word &- ones) & ~word | (angle &- ones) & ~angle) & highs != 0 { break }
                    position += 8
                }
            }
            while position < count {
                let current = unit(position)
                if current == 0x3C || current == 0 { return position }
                position += 1
            }
            return count
        }

        /// Where libxml2's end-tag name may start: a letter, `_`, `:` or `.`.
        @inline(__always) static func isNameStart(_ unit: UInt16) -> Bool {
            isLetter(unit) || unit == 0x5F || unit == 0x3A || unit == 0x2E
        }

        /// Characters of libxml2's HTML names after the first: letters, digits, `:`, `-`, `_`, `.`.
        @inline(__always) static func isNameCharacter(_ unit: UInt16) -> Bool {
            isLetter(unit) || (unit >= 0x30 && unit <= 0x39) || unit == 0x3A || unit == 0x2D || unit == 0x5F
                || unit == 0x2E
        }

        /// libxml2's blanks: space, tab, LF, CR.
        @inline(__always) static func isBlank(_ unit: UInt16) -> Bool {
            unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D
        }

        @inline(__always) func skipBlanks(from index: Int) -> Int {
            var position = index
            while position < count, Self.isBlank(unit(position)) { position += 1 }
            return position
        }
    }
}
