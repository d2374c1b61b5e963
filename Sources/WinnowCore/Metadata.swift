/// Facts about a page that are not its body text. Every field is optional: unknown is `nil`.
public struct Metadata: Sendable, Hashable, Codable {
    /// The article's title, without site-name suffixes or prefixes.
    public var title: String?
    /// The authors' names joined by "; " (the same names as `authors`).
    public var author: String?
    /// Original publication date, ISO 8601 (`2018-11-22` or with time and zone).
    public var date: String?
    /// Canonical URL of the page, absolute.
    public var url: String?
    /// Host name of `url`.
    public var hostname: String?
    /// The publication's name.
    public var sitename: String?
    /// The page's own summary.
    public var description: String?
    /// BCP 47 primary language tag, e.g. `en`.
    public var language: String?
    /// Sections or categories the page is filed under.
    public var categories: [String]
    /// Keywords or tags.
    public var tags: [String]
    /// Lead image URL.
    public var image: String?
    /// The authors' names, people only, in page order.
    public var authors: [String]
    /// Last modification date, ISO 8601 like `date`.
    public var dateModified: String?
    /// The content's license: a URL (`https://creativecommons.org/licenses/by/4.0/`) or its name.
    public var license: String?
    /// What kind of page this is: see ``PageType``.
    public var pageType: String?
    /// SimHash of the article text: 64 bits as 16 lowercase hex digits; near-duplicates differ in few bits.
    public var fingerprint: String?
    /// Stable identifier: 16 hex digits hashing the canonical URL, else the input's path or origin.
    public var id: String?
    /// Where each field's value came from (field name → `json-ld`, `opengraph`, `meta`, `microdata`,
    /// `byline`, `time`, `url`, `text`, `detected`, ...). Empty when not recorded.
    public var sources: [String: String]

    public init(
        title: String? = nil, author: String? = nil, date: String? = nil, url: String? = nil,
        hostname: String? = nil, sitename: String? = nil, description: String? = nil,
        language: String? = nil, categories: [String] = [], tags: [String] = [], image: String? = nil,
        authors: [String] = [], dateModified: String? = nil, license: String? = nil, pageType: String? = nil,
        fingerprint: String? = nil, id: String? = nil, sources: [String: String] = [:]
    ) {
        self.title = title
        self.author = author
        self.date = date
        self.url = url
        self.hostname = hostname
        self.sitename = sitename
        self.description = description
        self.language = language
        self.categories = categories
        self.tags = tags
        self.image = image
        self.authors = authors
        self.dateModified = dateModified
        self.license = license
        self.pageType = pageType
        self.fingerprint = fingerprint
        self.id = id
        self.sources = sources
    }
}

/// The kinds of page `Metadata.pageType` names, as its raw values.
public enum PageType: String, Sendable, CaseIterable {
    /// A single story, post or report.
    case article
    /// A front page, section, tag or search page listing many stories.
    case listing
    /// A page built around a video.
    case video
    /// A page built around a photo gallery.
    case gallery
    /// A podcast or audio episode.
    case audio
    /// A product or shop page.
    case product
    /// A recipe.
    case recipe
    /// A person's or organisation's profile page.
    case profile
    /// A forum thread or Q&A page.
    case discussion
    /// Anything else (about pages, landing pages).
    case page
}
