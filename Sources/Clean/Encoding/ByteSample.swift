/// The part of a page that tells legacy encodings apart: the non-ASCII runs, with their ASCII neighbours.
///
/// Markup, scripts and English are ASCII in every candidate encoding, so they carry no evidence; skipping them
/// keeps detection cheap on big pages (a 1 MB page is one pass of byte comparisons plus at most `limit` bytes
/// of scoring), and lets the evidence come from anywhere in the page, not just its head.
enum ByteSample {
    /// Most bytes kept. 64 KB is thousands of CJK characters or Cyrillic words, far more than the scores need.
    static let limit = 64 * 1024

    /// Non-ASCII runs of `bytes` in order, each with the ASCII byte before it and up to two ASCII bytes after it.
    ///
    /// A run ends only after three ASCII bytes, so double-byte characters whose trail byte is ASCII (Shift_JIS
    /// katakana, GBK extensions) stay whole, and "character, space, character" (Korean word spacing) stays visible.
    static func extract(_ bytes: [UInt8], limit: Int = limit) -> [UInt8] {
        var sample: [UInt8] = []
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count, sample.count < limit {
                guard buffer[index] >= 0x80 else {
                    index += 1
                    continue
                }
                sample.append(index > 0 ? buffer[index - 1] : 0x20)
                var asciiRun = 0
                while index < buffer.count, sample.count < limit {
                    let byte = buffer[index]
                    if byte < 0x80 {
                        asciiRun += 1
                        if asciiRun > 2 { break }
                    } else {
                        asciiRun = 0
                    }
                    sample.append(byte)
                    index += 1
                }
            }
        }
        return sample
    }
}
