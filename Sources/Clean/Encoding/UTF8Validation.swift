/// Strict UTF-8 validation (Unicode Table 3-7: no overlongs, no surrogates, nothing above U+10FFFF) and repair.
///
/// Repair matters because libxml2 2.9.14, told "UTF-8", re-reads the whole page as Latin-1 after one bad byte
/// (and passes overlong sequences through unchecked), so one stray byte would turn a page into mojibake.
enum UTF8Validation {
    /// What a full pass over the bytes found.
    struct Summary: Equatable {
        /// Well-formed sequences of two to four bytes.
        var multiByte = 0
        /// Ill-formed sequences, each counted once per maximal subpart (as U+FFFD replacement counts them).
        var invalid = 0
        /// Bytes at or above 0x80.
        var nonASCIIBytes = 0

        var isValid: Bool { invalid == 0 }
        var isASCII: Bool { nonASCIIBytes == 0 }
    }

    static func summarize(_ bytes: [UInt8]) -> Summary {
        var summary = Summary()
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                // Eight ASCII bytes at a time: pages are mostly markup.
                while index + 8 <= buffer.count,
                    UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                        & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < buffer.count else { break }
                if buffer[index] < 0x80 {
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, at: index)
                if length > 0 {
                    summary.multiByte += 1
                    summary.nonASCIIBytes += length
                    index += length
                } else {
                    summary.invalid += 1
                    summary.nonASCIIBytes += -length
                    index += -length
                }
            }
        }
        return summary
    }

    /// A copy of `bytes` with each maximal ill-formed subpart replaced by U+FFFD (EF BF BD), as WHATWG decoders do.
    static func repaired(_ bytes: [UInt8]) -> (bytes: [UInt8], replacements: Int) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var replacements = 0
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            var copiedUpTo = 0  // bytes before this index are already in `output`
            while index < buffer.count {
                if buffer[index] < 0x80 {
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, at: index)
                if length > 0 {
                    index += length
                    continue
                }
                output.append(contentsOf: buffer[copiedUpTo..<index])
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replacements += 1
                index += -length
                copiedUpTo = index
            }
            output.append(contentsOf: buffer[copiedUpTo..<buffer.count])
        }
        return (output, replacements)
    }

    /// The length of the well-formed sequence starting at `index` (a byte >= 0x80), or minus the length of its
    /// maximal ill-formed subpart (at least 1 byte).
    static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = buffer[index]
        let count: Int
        var low: UInt8 = 0x80  // allowed range of the second byte; later bytes are always 80...BF
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: count = 2
        case 0xE0:
            count = 3
            low = 0xA0  // below: overlong
        case 0xE1...0xEC, 0xEE...0xEF: count = 3
        case 0xED:
            count = 3
            high = 0x9F  // above: UTF-16 surrogates
        case 0xF0:
            count = 4
            low = 0x90  // below: overlong
        case 0xF1...0xF3: count = 4
        case 0xF4:
            count = 4
            high = 0x8F  // above: beyond U+10FFFF
        default: return -1  // continuation byte, C0/C1 overlong leads, F5...FF
        }
        for offset in 1..<count {
            guard index + offset < buffer.count else { return -offset }
            let byte = buffer[index + offset]
            let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= min && byte <= max else { return -offset }
        }
        return count
    }
}
