/// Tells binary files (images, PDFs, archives, random bytes) from text, so they become a clear
/// `unparsable` error instead of an `ok` page of mojibake.
///
/// Known formats go by their magic bytes. Anything else is binary when the first 4 KB hold both
/// control bytes (5% or more; NUL, tab, line breaks, form feed and escape do not count: UTF-16 text and
/// ISO-2022 use them) and invalid UTF-8 (5% or more of replaced sequences): text in a legacy charset
/// has no control bytes, and a page with stray control characters is still valid UTF-8. UTF-16 pages
/// are never sniffed (their ASCII high bytes are control bytes).
enum BinarySniffer {
    static let signatures: [(name: String, magic: [UInt8])] = [
        ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), ("PDF", Array("%PDF-".utf8)),
        ("gzip", [0x1F, 0x8B]), ("GIF", Array("GIF8".utf8)), ("JPEG", [0xFF, 0xD8, 0xFF]),
        ("ZIP", [0x50, 0x4B, 0x03, 0x04]), ("ELF", [0x7F, 0x45, 0x4C, 0x46]), ("zstd", [0x28, 0xB5, 0x2F, 0xFD]),
        ("bzip2", Array("BZh".utf8)), ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        ("RIFF (WebP, WAV, AVI)", Array("RIFF".utf8)), ("7-Zip", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
    ]
    static let sampleBytes = 4096

    /// The name of the binary format `bytes` hold ("PNG", ..., "binary data"), or nil for text.
    /// - Parameter encoding: the encoding decided for the page; UTF-16 pages are text by definition.
    static func binaryFormat(_ bytes: [UInt8], encoding: String) -> String? {
        for signature in signatures where bytes.starts(with: signature.magic) { return signature.name }
        if encoding.uppercased().hasPrefix("UTF-16") { return nil }
        let sample = bytes.prefix(sampleBytes)
        guard sample.count >= 256 else { return nil }
        let controls = sample.reduce(0) { count, byte in
            let isControl = (byte < 0x20 && ![0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(byte)) || byte == 0x7F
            return count + (isControl ? 1 : 0)
        }
        guard controls * 20 >= sample.count else { return nil }
        let replaced = String(decoding: sample, as: UTF8.self).unicodeScalars
            .reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        return replaced * 20 >= sample.count ? "binary data" : nil
    }
}
