import Glibc

/// Converts legacy-encoded bytes to UTF-8 with glibc's iconv, the same converter libxml2 2.9.14 uses.
///
/// Why convert in Swift at all: libxml2 stops parsing at the first byte iconv rejects (an undefined 0x81 in a
/// windows-1252 page, a user-defined code in EUC-KR, a lone surrogate in UTF-16), silently dropping the rest of
/// the page. Converting here finds such bytes exactly and replaces them with U+FFFD instead.
enum IconvTranscoder {
    /// The UTF-8 form of `bytes` decoded as `charset`, and how many undecodable sequences were replaced by
    /// U+FFFD; nil only when iconv does not know the charset's name.
    static func utf8(from bytes: [UInt8], charset: Charset) -> (bytes: [UInt8], replacements: Int)? {
        let converter = iconv_open("UTF-8", charset.iconvName)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }

        // After an error, skip one code unit: a byte, or two for UTF-16 so the rest stays aligned.
        let unit = charset == .utf16LE || charset == .utf16BE ? 2 : 1
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var replacements = 0
        let chunkSize = 64 * 1024
        let chunk = UnsafeMutablePointer<CChar>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }

        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }  // empty input converts to empty output
            // iconv's signature takes `char **` for input too; it never writes through it.
            var input: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
                .assumingMemoryBound(to: CChar.self)
            var inputLeft = buffer.count
            while inputLeft > 0 {
                var outputPointer: UnsafeMutablePointer<CChar>? = chunk
                var outputLeft = chunkSize
                let result = iconv(converter, &input, &inputLeft, &outputPointer, &outputLeft)
                let produced = chunkSize - outputLeft
                chunk.withMemoryRebound(to: UInt8.self, capacity: produced) { written in
                    output.append(contentsOf: UnsafeBufferPointer(start: written, count: produced))
                }
                guard result == -1, errno != E2BIG else { continue }
                // EILSEQ (invalid sequence) or EINVAL (truncated sequence at the end): replace and move on.
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replacements += 1
                let skip = min(unit, inputLeft)
                input = input.map { $0 + skip }
                inputLeft -= skip
                _ = iconv(converter, nil, nil, nil, nil)  // reset shift state (ISO-2022-JP)
            }
        }
        return (output, replacements)
    }
}
