/// Ids that are slugs of headings ("sharing-with-a-single-developer", Sphinx and wiki anchors) say
/// what a section is *about*, not what it *is*: their words must not trigger class/id rules.
/// Boilerplate ids are short ("comments", "sidebar", "related-posts", "site-footer").
enum IdentifierSlugs {
    /// Ids with more tokens than this are treated as heading slugs.
    static let maxTokens = 3

    /// `id` when it may be matched against the vocabularies, nil when it reads as a heading slug.
    static func usable(_ id: String?) -> String? {
        guard let id else { return nil }
        return ClassNameTokens.split(id).count > maxTokens ? nil : id
    }
}
