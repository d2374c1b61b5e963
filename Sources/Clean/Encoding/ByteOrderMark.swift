/// The byte order mark at the start of a page: the strongest encoding evidence there is (WHATWG lets it
/// override even the HTTP header).
enum ByteOrderMark {
    /// The charset announced by a BOM at the start of `bytes` and the BOM's length, or nil.
    ///
    /// The BOM is removed before parsing rather than left to libxml2: libxml2 2.9.14 does skip it when given
    /// the matching encoding, but a stripped page behaves the same with every parser entry point.
    static func detect(_ bytes: [UInt8]) -> (charset: Charset, length: Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LE, 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BE, 2) }
        return nil
    }
}

/// Recognizes UTF-16 without a BOM by its zero bytes: HTML markup is ASCII, which UTF-16 stores as the
/// character plus a 0x00 byte, so zeros cluster at odd offsets (little-endian) or even offsets (big-endian).
/// libxml2 parses such a page to nothing unless told, and no other encoding has this pattern in real pages.
enum UTF16Sniffer {
    /// Bytes looked at: markup near the top of the page is enough.
    static let sampleLength = 4096

    /// UTF-16LE or UTF-16BE when the zero-byte pattern is clear, else nil.
    static func detect(_ bytes: [UInt8]) -> Charset? {
        let length = min(bytes.count, sampleLength) & ~1
        guard length >= 8 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for index in stride(from: 0, to: length, by: 2) {
            if bytes[index] == 0 { evenZeros += 1 }
            if bytes[index + 1] == 0 { oddZeros += 1 }
        }
        let pairs = length / 2
        // A third of the code units being ASCII is far below what any HTML page has; zeros in the other byte
        // come only from characters such as U+4E00 whose low byte is zero, which stay rare.
        if oddZeros * 3 >= pairs, evenZeros * 20 <= pairs { return .utf16LE }
        if evenZeros * 3 >= pairs, oddZeros * 20 <= pairs { return .utf16BE }
        return nil
    }
}
