/// Splits class and id values into lower-case alphanumeric tokens.
enum ClassNameTokens {
    /// "site-header jp_relatedPosts" → ["site", "header", "jp", "relatedposts"].
    /// Camel case is not split: "relatedPosts" stays one token, which the vocabularies list.
    static func split(_ value: String) -> [Substring] {
        let lowered = value.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? value.lowercased() : value
        return lowered.split(whereSeparator: { character in
            !(character.isASCII && (character.isLetter || character.isNumber))
        })
    }
}
