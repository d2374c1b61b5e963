/// Maps charset labels found in headers and `<meta>` to a `Charset`, the way the WHATWG Encoding Standard does.
///
/// Pages lie in predictable ways: "iso-8859-1" pages use windows-1252's curly quotes, "gb2312" pages use GBK
/// characters, "shift_jis" pages use Windows-31J extensions. Browsers decode with the superset, so we do too.
/// Labels that are not listed (typos, "none", "x-unknown") are ignored and detection decides.
enum CharsetLabel {
    /// The charset named by `label`, or nil when the label is unknown.
    ///
    /// - Parameter label: a label as written in the page; case, surrounding whitespace and quotes are ignored.
    static func charset(for label: String) -> Charset? {
        let key = normalized(label)
        if let charset = table[key] { return charset }
        return isoCharset(key)
    }

    /// The charset named by an HTTP `Content-Type` value: either a bare label ("utf-8") or a whole header value
    /// ("text/html; charset=utf-8"), since fetchers hand over either.
    static func charset(forTransport value: String) -> Charset? {
        charset(for: MetaCharsetScanner.charsetLabel(inContent: value) ?? value)
    }

    /// Lowercased, with whitespace and quote characters trimmed from both ends.
    private static func normalized(_ label: String) -> String {
        let trimmable: Set<Character> = [" ", "\t", "\n", "\r", "\u{0C}", "\"", "'"]
        var key = Substring(label.lowercased())
        while let first = key.first, trimmable.contains(first) { key = key.dropFirst() }
        while let last = key.last, trimmable.contains(last) { key = key.dropLast() }
        return String(key)
    }

    /// "iso-8859-N" in its spellings (iso8859-N, iso_8859-N, iso8859N); -1 and -9 follow WHATWG to windows-125x.
    private static func isoCharset(_ key: String) -> Charset? {
        let prefixes = ["iso-8859-", "iso_8859-", "iso8859-", "iso8859"]
        guard let prefix = prefixes.first(where: { key.hasPrefix($0) }) else { return nil }
        // "iso_8859-1:1987" style suffixes name the same set.
        let digits = key.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
        switch Int(digits) {
        case 1: return .windows1252
        case 2: return .iso8859Part2
        case 3: return .iso8859Part3
        case 4: return .iso8859Part4
        case 5: return .iso8859Part5
        case 6: return .iso8859Part6
        case 7: return .iso8859Part7
        case 8: return .iso8859Part8
        case 9: return .windows1254
        case 10: return .iso8859Part10
        case 11: return .windows874
        case 13: return .iso8859Part13
        case 14: return .iso8859Part14
        case 15: return .iso8859Part15
        case 16: return .iso8859Part16
        default: return nil
        }
    }

    /// The common WHATWG labels (https://encoding.spec.whatwg.org/#names-and-labels), lowercased.
    private static let table: [String: Charset] = {
        var table: [String: Charset] = [:]
        func add(_ charset: Charset, _ labels: String...) {
            for label in labels { table[label] = charset }
        }
        add(
            .utf8, "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",
            "x-unicode20utf8")
        // A `<meta>` naming UTF-16 cannot be true of bytes we could scan as ASCII; WHATWG reads it as UTF-8.
        // The transport may still say UTF-16: `EncodingDetector` checks such claims against the bytes.
        add(
            .utf16LE, "utf-16", "utf-16le", "unicode", "unicodefeff", "ucs-2", "csunicode",
            "iso-10646-ucs-2")
        add(.utf16BE, "utf-16be", "unicodefffe")
        add(
            .windows1252, "windows-1252", "cp1252", "x-cp1252", "latin1", "l1", "ascii", "us-ascii",
            "ansi_x3.4-1968", "cp819", "ibm819", "csisolatin1", "iso-ir-100", "x-user-defined")
        add(.windows1250, "windows-1250", "cp1250", "x-cp1250")
        add(.windows1251, "windows-1251", "cp1251", "x-cp1251")
        add(.windows1253, "windows-1253", "cp1253", "x-cp1253")
        add(
            .windows1254, "windows-1254", "cp1254", "x-cp1254", "latin5", "l5", "csisolatin5",
            "iso-ir-148")
        add(.windows1255, "windows-1255", "cp1255", "x-cp1255")
        add(.windows1256, "windows-1256", "cp1256", "x-cp1256")
        add(.windows1257, "windows-1257", "cp1257", "x-cp1257")
        add(.windows1258, "windows-1258", "cp1258", "x-cp1258")
        add(.windows874, "windows-874", "dos-874", "tis-620")
        add(.iso8859Part2, "latin2", "l2", "csisolatin2", "iso-ir-101")
        add(.iso8859Part4, "latin4", "l4", "csisolatin4")
        add(.iso8859Part5, "cyrillic", "csisolatincyrillic", "iso-ir-144")
        add(.iso8859Part6, "arabic", "csisolatinarabic")
        add(.iso8859Part7, "greek", "greek8", "csisolatingreek", "ecma-118", "elot_928")
        add(.iso8859Part8, "hebrew", "csisolatinhebrew", "iso-8859-8-i", "logical", "visual")
        add(.iso8859Part10, "latin6", "l6", "csisolatin6")
        add(.iso8859Part15, "latin9", "l9", "csisolatin9")
        add(.koi8R, "koi8-r", "koi8_r", "koi8", "koi", "cskoi8r")
        add(.koi8U, "koi8-u", "koi8-ru")
        add(.ibm866, "ibm866", "cp866", "866", "csibm866")
        add(.macintosh, "macintosh", "mac", "x-mac-roman", "csmacintosh")
        add(
            .gb18030, "gb18030", "gbk", "x-gbk", "gb2312", "gb_2312", "gb_2312-80", "chinese", "csgb2312",
            "csiso58gb231280", "iso-ir-58", "cp936", "ms936", "windows-936")
        add(.big5, "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950")
        add(.eucJP, "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese")
        add(.iso2022JP, "iso-2022-jp", "csiso2022jp")
        add(
            .shiftJIS, "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "ms932", "cp932",
            "windows-31j",
            "csshiftjis")
        add(
            .eucKR, "euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "korean",
            "cseuckr",
            "csksc56011987", "iso-ir-149", "windows-949", "cp949", "uhc")
        return table
    }()
}
