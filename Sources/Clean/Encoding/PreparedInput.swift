/// Bytes ready for `HTMLParser.parse(_:encoding:)`, with the encoding to pass and where that decision came from.
///
/// Parse with `HTMLParser.parse(input.bytes, encoding: input.encoding)`. The pair is chosen so that libxml2
/// never meets a byte it cannot decode: libxml2 2.9.14 stops at the first undecodable byte (iconv encodings),
/// or silently re-reads a whole UTF-8 page as Latin-1, so such bytes are replaced by U+FFFD here.
public struct PreparedInput: Sendable {
    /// The bytes to parse: the page itself, or a repaired copy (BOM removed, invalid sequences replaced).
    public var bytes: [UInt8]
    /// The encoding to hand to the parser: an iconv name accepted by libxml2 2.9.14 ("UTF-8", "windows-1251", ...).
    public var encoding: String
    /// Which evidence decided `charset`.
    public var source: EncodingSource
    /// The page's own character set as decided. Equal to `encoding`, except when the page held bytes that are
    /// invalid in it: then `bytes` were converted to UTF-8 and `encoding` is "UTF-8".
    public var charset: String
    /// How many invalid byte sequences were replaced by U+FFFD (0 for a clean page).
    public var replacements: Int

    public init(
        bytes: [UInt8], encoding: String, source: EncodingSource, charset: String? = nil,
        replacements: Int = 0
    ) {
        self.bytes = bytes
        self.encoding = encoding
        self.source = source
        self.charset = charset ?? encoding
        self.replacements = replacements
    }
}

/// The evidence an encoding decision rests on, in order of trust.
public enum EncodingSource: String, Sendable {
    /// A byte order mark at the start of the page.
    case bom
    /// The charset of the HTTP `Content-Type` header.
    case transport
    /// `<meta charset>`, `<meta http-equiv="Content-Type">` or `<?xml encoding?>` in the first bytes.
    case meta
    /// Statistics over the bytes (also used when a declaration contradicted the bytes).
    case detected
    /// No evidence at all (pure ASCII, empty, or nothing plausible): UTF-8 or windows-1252 by convention.
    case defaulted
}
