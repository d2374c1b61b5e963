/// Decides how to decode a page's bytes, before libxml2 sees them.
///
/// libxml2 must be told the encoding (an undeclared page otherwise becomes Latin-1 mojibake, and UTF-16
/// without a BOM parses to nothing), and it must not meet undecodable bytes (it stops at the first one, or
/// re-reads a UTF-8 page as Latin-1). So the decision is made here, in order of trust:
/// 1. a byte order mark;
/// 2. the transport charset (HTTP `Content-Type`);
/// 3. a charset declared in the page's first bytes (`<meta>`, `<?xml?>`);
/// 4. detection from the bytes.
/// A declaration is believed only if the bytes agree: valid multi-byte UTF-8 wins over any legacy label (servers
/// default to "iso-8859-1" for UTF-8 pages), a label under which the bytes are invalid or implausible is passed
/// over, and unknown labels are ignored.
public enum EncodingDetector {
    /// Decides how to decode `bytes`. `transportCharset` is the HTTP Content-Type charset, if any.
    ///
    /// - Parameters:
    ///   - bytes: the page as received.
    ///   - transportCharset: a charset label ("utf-8") or a whole Content-Type value ("text/html; charset=utf-8").
    /// - Returns: bytes and an encoding for `HTMLParser.parse`; the decoded text is always valid Unicode.
    public static func prepare(_ bytes: [UInt8], transportCharset: String?) -> PreparedInput {
        if let (charset, length) = ByteOrderMark.detect(bytes) {
            return decode(Array(bytes[length...]), as: charset, source: .bom)
        }
        // Before any declaration: ASCII labels cannot be read from UTF-16 bytes, and a UTF-16 page's
        // header or meta claiming UTF-8 would yield an empty document.
        if let utf16 = UTF16Sniffer.detect(bytes) { return decode(bytes, as: utf16, source: .detected) }

        let utf8 = UTF8Validation.summarize(bytes)
        if let transportCharset, let declared = CharsetLabel.charset(forTransport: transportCharset),
            let prepared = checked(bytes, declared: declared, utf8: utf8, source: .transport)
        {
            return prepared
        }
        if let declared = MetaCharsetScanner.declaredCharset(in: bytes),
            let prepared = checked(bytes, declared: declared, utf8: utf8, source: .meta)
        {
            return prepared
        }
        return detect(bytes, utf8: utf8)
    }

    /// The decoding a declaration asks for, or nil when the bytes contradict it.
    private static func checked(
        _ bytes: [UInt8], declared: Charset, utf8: UTF8Validation.Summary, source: EncodingSource
    ) -> PreparedInput? {
        switch declared {
        case .utf8:
            if utf8.isValid {
                return PreparedInput(bytes: bytes, encoding: Charset.utf8.iconvName, source: source)
            }
            // Declared and mostly right: a few stray bytes (a pasted Latin-1 snippet) do not overturn it.
            return utf8.multiByte >= utf8.invalid ? repairedUTF8(bytes, source: source) : nil
        case .utf16LE, .utf16BE:
            return nil  // the zero-byte pattern was not there (`UTF16Sniffer`), so the claim is false
        default:
            break
        }
        if declared.isASCIICompatible && utf8.isValid && utf8.multiByte > 0 {
            // Legacy text with non-ASCII letters is essentially never valid UTF-8; valid UTF-8 is UTF-8.
            return PreparedInput(bytes: bytes, encoding: Charset.utf8.iconvName, source: .detected)
        }
        if contradictsStatistics(bytes, declared: declared, utf8: utf8) {
            return nil  // e.g. a server's default "iso-8859-1" on a windows-1251 page
        }
        guard let converted = IconvTranscoder.utf8(from: bytes, charset: declared) else { return nil }
        // More than a stray bad byte or two means the label does not describe these bytes.
        guard converted.replacements <= max(2, utf8.nonASCIIBytes / 50) else { return nil }
        return prepared(bytes, charset: declared, source: source, converted: converted)
    }

    /// True when the bytes read as clearly implausible text under a declared single-byte charset and clearly
    /// plausible under another. Needs some evidence: a handful of accented letters proves nothing.
    private static func contradictsStatistics(
        _ bytes: [UInt8], declared: Charset, utf8: UTF8Validation.Summary
    ) -> Bool {
        guard !declared.isMultiByte, utf8.nonASCIIBytes >= 16,
            let declaredScore = LegacyEncodingDetector.score(bytes, as: declared), declaredScore < 0.3,
            let best = LegacyEncodingDetector.detect(bytes)
        else { return false }
        return best.score >= 0.7 && best.score - declaredScore >= 0.5
    }

    /// Detection for pages without a usable declaration.
    private static func detect(_ bytes: [UInt8], utf8: UTF8Validation.Summary) -> PreparedInput {
        if utf8.isValid {
            if utf8.multiByte > 0 {
                return PreparedInput(bytes: bytes, encoding: Charset.utf8.iconvName, source: .detected)
            }
            if hasISO2022JPEscape(bytes) { return decode(bytes, as: .iso2022JP, source: .detected) }
            // Pure ASCII: every ASCII-compatible encoding reads it the same; UTF-8 is the convention.
            return PreparedInput(bytes: bytes, encoding: Charset.utf8.iconvName, source: .defaulted)
        }
        // Legacy text yields invalid sequences about as often as valid ones; a UTF-8 page with a few bad bytes
        // has far more valid ones.
        if utf8.multiByte >= 8 * utf8.invalid { return repairedUTF8(bytes, source: .detected) }
        if let best = LegacyEncodingDetector.detect(bytes),
            best.score >= LegacyEncodingDetector.minimumScore
        {
            return decode(bytes, as: best.charset, source: .detected)
        }
        if utf8.multiByte > utf8.invalid { return repairedUTF8(bytes, source: .detected) }
        return decode(bytes, as: .windows1252, source: .defaulted)
    }

    /// Bytes decided to be `charset`, checked with iconv so that undecodable bytes become U+FFFD.
    private static func decode(_ bytes: [UInt8], as charset: Charset, source: EncodingSource)
        -> PreparedInput
    {
        if charset == .utf8 {
            return UTF8Validation.summarize(bytes).isValid
                ? PreparedInput(bytes: bytes, encoding: charset.iconvName, source: source)
                : repairedUTF8(bytes, source: source)
        }
        // iconv knows every `Charset` name (a test checks it); should it ever not, UTF-8 repair still
        // guarantees valid text.
        guard let converted = IconvTranscoder.utf8(from: bytes, charset: charset) else {
            return repairedUTF8(bytes, source: source)
        }
        return prepared(bytes, charset: charset, source: source, converted: converted)
    }

    /// The original bytes with the charset's name when iconv decoded them cleanly (libxml2 decodes them the
    /// same way), else the converted UTF-8 with its replacements.
    private static func prepared(
        _ bytes: [UInt8], charset: Charset, source: EncodingSource,
        converted: (bytes: [UInt8], replacements: Int)
    ) -> PreparedInput {
        if converted.replacements == 0 {
            return PreparedInput(bytes: bytes, encoding: charset.iconvName, source: source)
        }
        return PreparedInput(
            bytes: converted.bytes, encoding: Charset.utf8.iconvName, source: source,
            charset: charset.iconvName,
            replacements: converted.replacements)
    }

    private static func repairedUTF8(_ bytes: [UInt8], source: EncodingSource) -> PreparedInput {
        let repaired = UTF8Validation.repaired(bytes)
        return PreparedInput(
            bytes: repaired.bytes, encoding: Charset.utf8.iconvName, source: source,
            replacements: repaired.replacements)
    }

    /// ISO-2022-JP is 7-bit, so it passes as ASCII; its escape sequences (ESC $ B, ESC $ @, ESC ( J) give it away.
    private static func hasISO2022JPEscape(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while let escape = bytes[index...].firstIndex(of: 0x1B), escape + 2 < bytes.count {
            let first = bytes[escape + 1]
            let second = bytes[escape + 2]
            if first == UInt8(ascii: "$") && (second == UInt8(ascii: "B") || second == UInt8(ascii: "@")) {
                return true
            }
            if first == UInt8(ascii: "(") && second == UInt8(ascii: "J") { return true }
            index = escape + 1
        }
        return false
    }
}
