/// Splits class and id values into lower-case alphanumeric tokens.
enum ClassNameTokens {
    /// "site-header jp_relatedPosts" → ["site", "header", "jp", "relatedposts"].
    /// Camel case is not split: "relatedPosts" stays one token, which the vocabularies list.
    static func split(_ value: String) -> [Substring] {
        let lowered = value.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? value.lowercased() : value
        if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: split on bytes. Same tokens as the Character split below, since in ASCII only
            // "\r\n" forms a multi-byte grapheme and both of its bytes are separators anyway.
            return lowered.utf8.split(whereSeparator: { !ClassTokenMatcher.isTokenByte($0) }).map(Substring.init)
        }
        return lowered.split(whereSeparator: { character in
            !(character.isASCII && (character.isLetter || character.isNumber))
        })
    }
}
