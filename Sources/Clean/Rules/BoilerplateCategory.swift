/// Why a part of a page is not article content. Used in removal reports and rule vocabularies.
public enum BoilerplateCategory: String, Sendable, CaseIterable {
    case navigation, header, footer, sidebar, consent, newsletter, social, donate, related, comments, ads
    case authorBox = "author-box"
    case hidden, script, form, dialog, metadata, legal, credits
    case lowDensity = "low-density"
    /// A block already output earlier on the page (a repeated caption, pull quote or teaser).
    case repeated
}
