/// A character set Winnow can decode, named the way glibc's iconv (and so libxml2 2.9.14) accepts it.
///
/// Every `iconvName` was checked with `iconv -f NAME` on Debian 12 and through `HTMLParser.parse`; libxml2
/// silently falls back to Latin-1 on a name iconv does not know, so a typo here would be invisible mojibake.
enum Charset: String, CaseIterable, Sendable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows874 = "windows-874"
    case windows1250 = "windows-1250"
    case windows1251 = "windows-1251"
    /// Also what WHATWG means by "iso-8859-1", "latin1" and "us-ascii".
    case windows1252 = "windows-1252"
    case windows1253 = "windows-1253"
    case windows1254 = "windows-1254"
    case windows1255 = "windows-1255"
    case windows1256 = "windows-1256"
    case windows1257 = "windows-1257"
    case windows1258 = "windows-1258"
    case iso8859Part2 = "ISO-8859-2"
    case iso8859Part3 = "ISO-8859-3"
    case iso8859Part4 = "ISO-8859-4"
    case iso8859Part5 = "ISO-8859-5"
    case iso8859Part6 = "ISO-8859-6"
    case iso8859Part7 = "ISO-8859-7"
    case iso8859Part8 = "ISO-8859-8"
    case iso8859Part10 = "ISO-8859-10"
    case iso8859Part13 = "ISO-8859-13"
    case iso8859Part14 = "ISO-8859-14"
    case iso8859Part15 = "ISO-8859-15"
    case iso8859Part16 = "ISO-8859-16"
    case koi8R = "KOI8-R"
    case koi8U = "KOI8-U"
    case ibm866 = "IBM866"
    case macintosh = "MACINTOSH"
    /// Superset of GB2312 and GBK (WHATWG decodes all three labels with the GB18030 decoder).
    case gb18030 = "GB18030"
    /// Big5 with the HKSCS and common vendor extensions, like WHATWG's Big5 decoder.
    case big5 = "BIG5-HKSCS"
    case eucJP = "EUC-JP"
    case iso2022JP = "ISO-2022-JP"
    /// Windows-31J. Not glibc's "SHIFT_JIS", which turns 0x5C into "¥" and 0x7E into "‾" (breaking URLs and
    /// scripts) and rejects the NEC/IBM extensions every Japanese Windows page may use.
    case shiftJIS = "CP932"
    /// Unified Hangul Code, the superset of EUC-KR that WHATWG's euc-kr decoder implements.
    case eucKR = "CP949"

    /// The name passed to iconv and libxml2.
    var iconvName: String { rawValue }

    /// True when ASCII bytes mean ASCII characters, so a byte-level `<meta>` scan and the UTF-8 check apply.
    var isASCIICompatible: Bool {
        switch self {
        case .utf16LE, .utf16BE, .iso2022JP: false
        default: true
        }
    }

    /// True for the legacy encodings that use two or more bytes per character.
    var isMultiByte: Bool {
        switch self {
        case .gb18030, .big5, .eucJP, .iso2022JP, .shiftJIS, .eucKR: true
        default: false
        }
    }
}
