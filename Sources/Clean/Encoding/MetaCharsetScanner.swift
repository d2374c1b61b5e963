/// Finds the charset a page declares about itself, scanning raw bytes before any decoding.
///
/// A simplified form of the WHATWG prescan (https://html.spec.whatwg.org/#prescan-a-byte-stream-to-determine-its-encoding):
/// `<meta charset=...>`, `<meta http-equiv="Content-Type" content="...; charset=...">` and `<?xml ... encoding=...?>`,
/// in any case, quoted or not. Comments are skipped, so a commented-out `<meta>` does not count. Unknown labels
/// are passed over and the scan goes on, as browsers do.
enum MetaCharsetScanner {
    /// How far into the page declarations are looked for. WHATWG says 1024 bytes; real pages put long
    /// `<script>` and `<link>` blocks first, so 4 KB catches more without risking a match in body text.
    static let scanLimit = 4096

    /// The first recognized charset declared in the first `scanLimit` bytes, or nil.
    static func declaredCharset(in bytes: [UInt8]) -> Charset? {
        let end = min(bytes.count, scanLimit)
        var index = 0
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if matches(bytes, at: index, "<!--", end: end) {
                index = position(after: "-->", in: bytes, from: index + 4, end: end)
            } else if matches(bytes, at: index, "<?xml", end: end) {
                var attributes = MetaAttributeReader(bytes: bytes, index: index + 5, end: end)
                while let (name, value) = attributes.next() {
                    if name == "encoding", let charset = charset(forLabel: value) { return charset }
                }
                index = attributes.index
            } else if matches(bytes, at: index, "<meta", end: end), index + 5 < end,
                isSpace(bytes[index + 5]) || bytes[index + 5] == UInt8(ascii: "/")
            {
                var attributes = MetaAttributeReader(bytes: bytes, index: index + 5, end: end)
                var declared: Charset? = nil
                var isContentType = false
                var content: String? = nil
                while let (name, value) = attributes.next() {
                    switch name {
                    case "charset": declared = declared ?? charset(forLabel: value)
                    case "http-equiv": isContentType = value.lowercased() == "content-type"
                    case "content": content = value
                    default: break
                    }
                }
                if let declared { return declared }
                if isContentType, let content, let label = charsetLabel(inContent: content),
                    let charset = charset(forLabel: label)
                {
                    return charset
                }
                index = attributes.index
            } else {
                index += 1
            }
        }
        return nil
    }

    /// A label in ASCII bytes cannot truly name UTF-16 (the bytes would not be ASCII), so WHATWG reads it as UTF-8.
    private static func charset(forLabel label: String) -> Charset? {
        switch CharsetLabel.charset(for: label) {
        case .utf16LE, .utf16BE: .utf8
        case let other: other
        }
    }

    /// The label after "charset=" in a `content` value such as "text/html; charset='windows-1251'".
    static func charsetLabel(inContent content: String) -> String? {
        let lowered = Array(content.lowercased().utf8)
        let key = Array("charset".utf8)
        var index = 0
        while index + key.count <= lowered.count {
            guard Array(lowered[index..<index + key.count]) == key else {
                index += 1
                continue
            }
            var cursor = index + key.count
            while cursor < lowered.count, isSpace(lowered[cursor]) { cursor += 1 }
            guard cursor < lowered.count, lowered[cursor] == UInt8(ascii: "=") else {
                index += key.count
                continue
            }
            cursor += 1
            while cursor < lowered.count, isSpace(lowered[cursor]) { cursor += 1 }
            guard cursor < lowered.count else { return nil }
            let quote = lowered[cursor]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let start = cursor + 1
                guard let close = lowered[start...].firstIndex(of: quote) else { return nil }
                return String(decoding: lowered[start..<close], as: UTF8.self)
            }
            let start = cursor
            while cursor < lowered.count, !isSpace(lowered[cursor]), lowered[cursor] != UInt8(ascii: ";") {
                cursor += 1
            }
            return String(decoding: lowered[start..<cursor], as: UTF8.self)
        }
        return nil
    }

    /// True when `literal` (lowercase ASCII) starts at `index`, compared case-insensitively.
    private static func matches(_ bytes: [UInt8], at index: Int, _ literal: StaticString, end: Int)
        -> Bool
    {
        let count = literal.utf8CodeUnitCount
        guard index + count <= end else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where lowercased(bytes[index + offset]) != pointer[offset] {
            return false
        }
        return true
    }

    private static func position(
        after literal: StaticString, in bytes: [UInt8], from start: Int, end: Int
    ) -> Int {
        var index = start
        while index < end {
            if matches(bytes, at: index, literal, end: end) { return index + literal.utf8CodeUnitCount }
            index += 1
        }
        return end
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}

/// Reads `name=value` pairs of one tag from raw bytes, stopping at `>` (or `?>`).
struct MetaAttributeReader {
    let bytes: [UInt8]
    /// Where reading continues; after the tag once `next()` returned nil.
    var index: Int
    let end: Int

    /// The next attribute as (lowercased name, value), or nil at the end of the tag.
    mutating func next() -> (String, String)? {
        while index < end,
            MetaCharsetScanner.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/")
                || bytes[index] == UInt8(ascii: "?")
        {
            index += 1
        }
        guard index < end, bytes[index] != UInt8(ascii: ">") else {
            index = min(index + 1, end)
            return nil
        }
        let nameStart = index
        while index < end, !MetaCharsetScanner.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
            bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/")
        {
            index += 1
        }
        let name = String(
            decoding: bytes[nameStart..<index].map(MetaCharsetScanner.lowercased), as: UTF8.self)
        while index < end, MetaCharsetScanner.isSpace(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: "=") else { return (name, "") }
        index += 1
        while index < end, MetaCharsetScanner.isSpace(bytes[index]) { index += 1 }
        guard index < end else { return (name, "") }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let start = index + 1
            index = start
            while index < end, bytes[index] != quote { index += 1 }
            let value = String(decoding: bytes[start..<index], as: UTF8.self)
            index = min(index + 1, end)
            return (name, value)
        }
        let start = index
        while index < end, !MetaCharsetScanner.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
            // `<meta charset=utf-8/>`: browsers would read "utf-8/"; taking the author's meaning costs nothing.
            if bytes[index] == UInt8(ascii: "/"), index + 1 < end, bytes[index + 1] == UInt8(ascii: ">") {
                break
            }
            index += 1
        }
        return (name, String(decoding: bytes[start..<index], as: UTF8.self))
    }
}
