import Foundation

/// String hygiene shared by every metadata field.
///
/// Values come from attributes, text nodes and JSON, so they carry newlines, tabs, non-breaking spaces,
/// zero-width marks and stray control characters. Entities are already decoded by libxml2 (and JSON escapes
/// by `JSONSerialization`), so this only normalizes spacing and bounds the length.
enum MetadataText {
    /// Longest title kept, in Unicode scalars: real headlines stay far below; longer values are body text
    /// that landed in a title slot.
    static let titleLimit = 300
    /// Longest description kept: summaries are a few sentences, a whole article pasted in is not one.
    static let descriptionLimit = 1_000
    /// Longest short value (author, site name, language, date, tag).
    static let shortLimit = 200
    /// Longest URL kept.
    static let urlLimit = 2_048

    /// Collapses whitespace, drops control and zero-width characters, trims, and cuts at `limit` scalars.
    /// - Returns: the cleaned string, or nil when nothing is left.
    static func clean(_ raw: String, limit: Int = shortLimit) -> String? {
        let raw = raw.utf8.contains(UInt8(ascii: "&")) ? EntityDecoder.decode(raw) : raw
        var scalars = UTF8Builder(capacity: min(raw.utf8.count, limit * 4))
        var pendingSpace = false
        var count = 0
        for scalar in raw.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = true
                continue
            }
            if isInvisible(scalar) { continue }
            if pendingSpace && !scalars.isEmpty {
                scalars.append(ascii: 0x20)
                count += 1
            }
            pendingSpace = false
            if count >= limit { break }
            if scalar.isASCII { scalars.append(ascii: UInt8(scalar.value)) } else { scalars.append(scalar) }
            count += 1
        }
        var result = scalars.string
        while result.last == " " { result.removeLast() }
        return result.isEmpty ? nil : result
    }

    /// True when `clean(raw)` returns a value, found at the first visible scalar instead of by building
    /// the cleaned string (meta tags are tested for content far more often than they are read).
    static func hasText(_ raw: String) -> Bool {
        // Entities may decode to spaces: only the full cleaning knows.
        if raw.utf8.contains(UInt8(ascii: "&")) { return clean(raw) != nil }
        return raw.unicodeScalars.contains { !isSpace($0) && !isInvisible($0) }
    }

    /// Whitespace and control characters: `clean` turns runs of them into one space.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // ASCII: whitespace and controls are all below 0x21 or 0x7F, so no property lookup is needed.
        return value < 0x80 ? (value <= 0x20 || value == 0x7F) : (scalar.properties.isWhitespace || value <= 0x9F)
    }

    /// Zero-width space/joiners, direction marks and the BOM carry no text.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x200B...0x200F).contains(value) || value == 0xFEFF || value == 0x2060
    }

    /// True when the value looks like a URL rather than a name (e.g. `article:author` given as a profile link).
    static func looksLikeURL(_ value: String) -> Bool {
        let lower = value.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
            || lower.hasPrefix("www.")
    }

    /// Lower-cased letters and digits only: compares names that differ in spacing, case or punctuation
    /// ("Ars Technica" and "arstechnica").
    static func compact(_ value: String) -> String {
        if value.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII folds to itself: keep lowered letters and digits, without Foundation's folding.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(value.utf8.count)
            for byte in value.utf8 where ByteSearch.isASCIIAlphanumeric(byte) {
                bytes.append(ByteSearch.lowered(byte))
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let folded = value.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        // Kept scalars go to a byte builder: filtering the scalar view appended through `replaceSubrange`.
        var kept = UTF8Builder(capacity: folded.utf8.count)
        for scalar in folded.lowercased().unicodeScalars {
            // ASCII needs no property lookup: its alphabetic scalars are the letters.
            let keep = scalar.isASCII
                ? ByteSearch.isASCIIAlphanumeric(UInt8(scalar.value)) : scalar.properties.isAlphabetic
            if keep { kept.append(scalar) }
        }
        return kept.string
    }

    /// Number of space-separated words.
    static func wordCount(_ value: String) -> Int {
        value.split(whereSeparator: { $0 == " " }).count
    }
}
