/// Decodes HTML character references left in metadata values.
///
/// libxml2 already decoded one level; these are pages that encoded twice (`&amp;#039;` in a `content`
/// attribute arrives as `&#039;`), which readers show decoded. Numeric references and the few named ones
/// that appear in practice are enough; invalid code points become U+FFFD, as browsers do.
enum EntityDecoder {
    static let named: [Substring: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "–",
        "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "laquo": "«",
        "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "eacute": "é", "egrave": "è",
        "agrave": "à",
        "ouml": "ö", "auml": "ä", "uuml": "ü", "szlig": "ß",
    ]

    static func decode(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            // A reference is short and ends with ";".
            guard let semicolon = rest[afterAmpersand...].prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            let body = rest[afterAmpersand..<semicolon]
            if let decoded = decodeReference(body) {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        result += rest
        return result
    }

    private static func decodeReference(_ body: Substring) -> String? {
        if body.first == "#" {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, !digits.isEmpty else { return nil }
            if value == 0 { return "\u{FFFD}" }
            return String(Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}")
        }
        return named[body]
    }
}
