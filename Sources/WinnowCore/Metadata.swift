/// Facts about a page that are not its body text. Every field is optional: unknown is `nil`.
public struct Metadata: Sendable, Hashable, Codable {
    /// The article's title, without site-name suffixes or prefixes.
    public var title: String?
    /// The authors' names joined by "; ".
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

    public init(
        title: String? = nil, author: String? = nil, date: String? = nil, url: String? = nil,
        hostname: String? = nil, sitename: String? = nil, description: String? = nil,
        language: String? = nil, categories: [String] = [], tags: [String] = [], image: String? = nil
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
    }
}
