import WinnowCore

/// 64-bit SimHash of a text over word shingles: near-duplicate texts get fingerprints a few bits apart.
///
/// Each run of three consecutive words (lower-cased letters and digits; every Han or kana character counts as
/// a word, since those scripts do not separate words with spaces) is hashed to 64 bits; each bit position adds
/// 1 when the shingle's bit is set and subtracts 1 when it is not, and the fingerprint keeps the positions
/// whose sum is positive. Changing a few words moves few sums across zero, so similar texts stay within a
/// small Hamming distance, while unrelated texts differ in about 32 bits.
public enum SimHash {
    /// Words per shingle.
    static let shingleWords = 3
    /// Most words read: enough to characterise any article, bounded for huge pages.
    static let maxWords = 200_000

    /// The fingerprint of `text`, or nil when it has no words.
    public static func fingerprint(_ text: String) -> UInt64? {
        let words = wordBytes(text)
        guard !words.ends.isEmpty else { return nil }
        // Per bit position, the shingles that set it: the +1/-1 sum is positive when more than half do.
        var counter = BitCounter()
        let count = words.ends.count
        let width = min(shingleWords, count)
        let shingles = count - width + 1
        words.bytes.withUnsafeBufferPointer { bytes in
            for start in 0..<shingles {
                var hash = StableHashing.fnvOffsetBasis
                for index in start..<(start + width) {
                    if index > start { hash = (hash ^ UInt64(UInt8(ascii: " "))) &* StableHashing.fnvPrime }
                    for byte in bytes[(index == 0 ? 0 : words.ends[index - 1])..<words.ends[index]] {
                        hash = (hash ^ UInt64(byte)) &* StableHashing.fnvPrime
                    }
                }
                counter.add(StableHashing.splitMix(hash))
            }
        }
        let ones = counter.totals()
        var result: UInt64 = 0
        for bit in 0..<64 where 2 * ones[bit] > shingles { result |= 1 << UInt64(bit) }
        return result
    }

    /// Counts, per bit position, the added values that have the bit set. Eight positions share one
    /// 64-bit integer, a byte each, and a table spreads a byte's bits into those lanes: 8 additions per
    /// value instead of 64. The byte counters are emptied into the totals before they can overflow.
    private struct BitCounter {
        /// `spread[b]` has byte `i` equal to bit `i` of `b`.
        private static let spread: [UInt64] = (0..<256).map { byte in
            (0..<8).reduce(0) { $0 | UInt64((byte >> $1) & 1) << (8 * $1) }
        }
        private var ones = [Int](repeating: 0, count: 64)
        /// Byte `i` of `lanes[k]` counts bit `8 * k + i` since the last flush.
        private var lanes = [UInt64](repeating: 0, count: 8)
        private var pending = 0

        mutating func add(_ value: UInt64) {
            for lane in 0..<8 {
                lanes[lane] &+= Self.spread[Int(truncatingIfNeeded: (value >> UInt64(8 * lane)) & 0xFF)]
            }
            pending += 1
            if pending == Int(UInt8.max) { flush() }
        }

        /// The count of each bit position, lowest bit first.
        mutating func totals() -> [Int] {
            flush()
            return ones
        }

        private mutating func flush() {
            for lane in 0..<8 {
                for byte in 0..<8 { ones[8 * lane + byte] += Int((lanes[lane] >> UInt64(8 * byte)) & 0xFF) }
                lanes[lane] = 0
            }
            pending = 0
        }
    }

    /// The fingerprint as 16 lowercase hex digits, or nil when `text` has no words.
    public static func hex(_ text: String) -> String? {
        fingerprint(text).map(StableID.hex16)
    }

    /// Number of differing bits.
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int {
        (a ^ b).nonzeroBitCount
    }

    /// Lower-cased words; Han and kana characters are words on their own.
    static func words(_ text: String) -> [String] {
        let words = wordBytes(text)
        return words.ends.indices.map { index in
            String(decoding: words.bytes[(index == 0 ? 0 : words.ends[index - 1])..<words.ends[index]], as: UTF8.self)
        }
    }

    /// The words of `text` as one buffer of lower-cased UTF-8 and the end offset of each word: no
    /// `String` per word on the fingerprint's path. Read from the UTF-8 bytes, each scalar lowered as it
    /// is written (`lowercased()` maps scalars one by one, so this equals lowering each finished word).
    static func wordBytes(_ text: String) -> (bytes: [UInt8], ends: [Int]) {
        var text = text
        return text.withUTF8(wordBytes)
    }

    private static func wordBytes(_ source: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], ends: [Int]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count)
        var ends: [Int] = []
        var wordStart = 0  // offset in `bytes` of the word being read
        func flush() {
            if bytes.count > wordStart { ends.append(bytes.count) }
            wordStart = bytes.count
        }
        let isWordScalar = Self.isWordScalar  // fetched once, not per scalar
        var index = 0
        while index < source.count {
            if ends.count >= maxWords { break }
            let (value, length) = UTF8Scalars.scalar(in: source, at: index)
            defer { index += length }
            if value < 0x80 {
                // ASCII: letters and digits are the word characters.
                if (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 {
                    bytes.append(ByteSearch.lowered(UInt8(value)))
                } else {
                    flush()
                }
            } else if isIdeographic(value) {
                flush()
                bytes.append(contentsOf: source[index..<(index + length)])
                ends.append(bytes.count)
                wordStart = bytes.count
            } else if isWordScalar(value) {
                LowerCase.appendLowered(source, at: index, length: length, value: value, to: &bytes)
            } else {
                flush()
            }
        }
        flush()
        return (bytes, ends)
    }

    /// Han and kana: each one is a word.
    private static func isIdeographic(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value) || (0x3400...0x9FFF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2A6DF).contains(value)
    }

    /// Letters and digits of any script.
    private static let isWordScalar = ScalarPredicate { $0.properties.isAlphabetic || $0.properties.numericType != nil }
}

/// Stable page ids (``StableHashing/mixed(_:)``: FNV-1a 64 and the splitmix64 finalizer), the same in every
/// run, process and platform. Not a security hash.
public enum StableID {
    /// 16 lowercase hex digits identifying `key` (a canonical URL or an input path).
    public static func hex(_ key: String) -> String {
        hex16(StableHashing.mixed(key))
    }

    /// `value` as 16 lowercase hex digits, zero-padded.
    public static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
