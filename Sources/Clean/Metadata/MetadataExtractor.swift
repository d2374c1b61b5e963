public import DOM
import Foundation
public import WinnowCore

/// Reads a page's metadata (title, author, date, URL, site, description, language, sections, tags, image).
///
/// Sources are tried per field in order of trust, each value cleaned and checked before it is accepted:
/// JSON-LD (written for search engines, usually exact), then OpenGraph/Twitter/`<meta>` tags, then
/// microdata and visible elements (`<time>`, bylines, `<title>`, `<h1>`), then the URL itself.
public enum MetadataExtractor {
    /// Reads metadata from the whole page. Call it before any pruning: JSON-LD lives in `<script>`.
    /// - Parameters:
    ///   - tree: the parsed page.
    ///   - pageURL: the URL the page was fetched from, used to resolve relative links and as the fallback
    ///     `url`; nil when unknown.
    public static func extract(from tree: Tree, pageURL: String?) -> Metadata {
        extract(from: tree, pageURL: pageURL, now: Date())
    }

    /// `extract(from:pageURL:)` with a fixed clock, so tests can pin "the future".
    static func extract(from tree: Tree, pageURL: String?, now: Date) -> Metadata {
        let scan = PageScan(tree: tree)
        let ld = JSONLDReader.read(scan.jsonLD)
        let meta = MetaTags(properties: scan.propertyMetas, names: scan.metas)
        var result = Metadata()

        result.url = canonicalURL(scan: scan, ld: ld, meta: meta, pageURL: pageURL)
        result.hostname = result.url.flatMap(PageURL.host) ?? pageURL.flatMap(PageURL.host)

        // A site name equal to the page's declared title is a mislabeled title (`application-name` often
        // is). `<title>` counts only without `og:title`: some sites put nothing but their name there.
        let pageTitles = Set(
            [meta.first("og:title") ?? scan.title].compactMap { $0.map(MetadataText.compact) })
        let siteCandidates: [String?] = [
            ld.publisher, meta.first("og:site_name"), ld.websiteName, ld.organizationName,
            scan.itempropPublisher,
            meta.first("application-name"), meta.first("apple-mobile-web-app-title"),
            meta.first("dc.publisher"),
            meta.first("dcterms.publisher"), meta.first("citation_publisher"), meta.first("publisher"),
        ]
        let siteNames = siteCandidates.compactMap { $0.flatMap(siteName) }.filter {
            !pageTitles.contains(MetadataText.compact($0))
        }
        result.sitename = siteNames.first

        let rawTitle = title(scan: scan, ld: ld, meta: meta, siteNames: siteNames)
        if let rawTitle {
            result.title = TitleCleaner.clean(rawTitle, siteNames: siteNames, host: result.hostname)
        }
        if result.sitename == nil, let titleText = scan.title.flatMap({ MetadataText.clean($0) }),
            let suffix = TitleCleaner.genericSuffix(of: titleText)
        {
            // The " | Site" part of <title> names the site when nothing else does.
            result.sitename = siteName(suffix.text)
        }

        result.author = author(scan: scan, ld: ld, meta: meta, siteNames: siteNames)
        result.date = date(scan: scan, ld: ld, meta: meta, url: result.url ?? pageURL, now: now)
        // Dublin Core before OpenGraph when both exist (as readers do); the first prose paragraph is the
        // last resort, so pages without a declared summary still get one (the Cleaner may replace it
        // with the first paragraph of the extracted article).
        result.description =
            [
                ld.description, meta.first("dc.description"), meta.first("dcterms.description"),
                meta.first("og:description"), meta.first("description"), meta.first("twitter:description"),
                meta.first("dcterms.abstract"), meta.first("citation_abstract"), scan.firstParagraph,
            ].lazy.compactMap {
                $0.flatMap { MetadataText.clean($0, limit: MetadataText.descriptionLimit) }
            }.first
        result.language =
            [
                scan.htmlLang, scan.contentLanguage, ld.language, meta.first("og:locale"),
                meta.first("language"),
                meta.first("dc.language"), meta.first("dcterms.language"), meta.first("content-language"),
            ].lazy.compactMap { $0.flatMap(LanguageTag.primary) }.first
        result.categories = distinct(
            ld.sections + meta.all("article:section") + meta.all("parsely-section") + meta.all("section")
                + meta.all("category"))
        result.tags = distinct(
            ld.keywords + meta.all("article:tag") + splitList(meta.all("keywords"))
                + splitList(meta.all("news_keywords")) + splitList(meta.all("parsely-tags")))
        let imageBase = result.url ?? pageURL
        result.image =
            [
                ld.image, meta.first("og:image"), meta.first("og:image:url"),
                meta.first("og:image:secure_url"),
                meta.first("twitter:image"), meta.first("twitter:image:src"), scan.imageSource,
            ].lazy.compactMap { $0.flatMap { PageURL.resolve($0, against: imageBase) } }.first
        return result
    }

    // MARK: - Fields

    /// `link rel=canonical`, `og:url`, JSON-LD `url`, else the page URL; all resolved against the page URL.
    /// A canonical link to the site's front page from a deeper page is a known template bug and is skipped.
    private static func canonicalURL(
        scan: PageScan, ld: JSONLDFacts, meta: MetaTags, pageURL: String?
    ) -> String? {
        let base = pageURL.flatMap { PageURL.resolve($0, against: nil) }
        let pageIsDeep = base.map { !PageURL.isFrontPage($0) } ?? false
        for candidate in [scan.canonical, meta.first("og:url"), ld.url] {
            guard let candidate, let url = PageURL.resolve(candidate, against: base) else { continue }
            if pageIsDeep && PageURL.isFrontPage(url) { continue }
            return url
        }
        return base
    }

    /// A cleaned site name, or nil when the value is a URL-ish handle or too long to be a name.
    private static func siteName(_ raw: String) -> String? {
        guard let name = MetadataText.clean(raw, limit: 100), MetadataText.wordCount(name) <= 10,
            !name.hasPrefix("@"), !MetadataText.looksLikeURL(name)
        else { return nil }
        return name
    }

    /// The first usable title: JSON-LD headline of an article, OpenGraph, Twitter, Dublin Core, microdata,
    /// `<title>`, the first `<h1>`. A value that is only the site name is skipped.
    private static func title(scan: PageScan, ld: JSONLDFacts, meta: MetaTags, siteNames: [String])
        -> String?
    {
        var articleHeadline = ld.rank >= 3 ? ld.headline ?? ld.name : nil
        // JSON-LD headlines are sometimes a summary or a category (Wikipedia puts its short description
        // there): trust one only when another title source agrees with it, or when there is none.
        let others = [meta.first("og:title"), meta.first("twitter:title"), scan.title, scan.firstH1]
            .compactMap { $0.map(MetadataText.compact) }.filter { !$0.isEmpty }
        if let headline = articleHeadline.map(MetadataText.compact), !others.isEmpty,
            !others.contains(where: { $0.contains(headline) || headline.contains($0) })
        {
            articleHeadline = nil
        }
        let candidates: [String?] = [
            articleHeadline, meta.first("dc.title"), meta.first("dcterms.title"), meta.first("og:title"),
            meta.first("twitter:title"), meta.first("citation_title"), meta.first("parsely-title"),
            scan.itempropHeadline, scan.title, scan.firstH1,
        ]
        let siteKeys = Set(siteNames.map(MetadataText.compact))
        for candidate in candidates {
            guard let text = candidate.flatMap({ MetadataText.clean($0, limit: MetadataText.titleLimit) })
            else {
                continue
            }
            if siteKeys.contains(MetadataText.compact(text)) { continue }
            return text
        }
        return nil
    }

    /// Authors from JSON-LD, author meta tags, then byline elements; names joined with "; ".
    /// A value equal to the site name is kept only when nothing better turns up (sites often credit
    /// themselves in `<meta name=author>`).
    private static func author(scan: PageScan, ld: JSONLDFacts, meta: MetaTags, siteNames: [String])
        -> String?
    {
        var sources: [[String]] = [ld.authors]
        for key in [
            "dc.creator", "dcterms.creator", "author", "article:author", "parsely-author",
            "sailthru.author", "citation_author", "byl", "og:article:author", "book:author",
        ] {
            sources.append(meta.all(key).filter { !MetadataText.looksLikeURL($0) })
        }
        for strength in 0...2 {
            for byline in scan.bylines where byline.strength == strength { sources.append([byline.text]) }
        }
        let siteKeys = Set(siteNames.map(MetadataText.compact))
        var fallback: String?
        for source in sources where !source.isEmpty {
            var names: [String] = []
            for raw in source {
                for name in BylineCleaner.names(raw) where !names.contains(name) { names.append(name) }
            }
            guard !names.isEmpty else { continue }
            let joined = names.prefix(BylineCleaner.maxNames).joined(separator: "; ")
            if names.allSatisfy({ siteKeys.contains(MetadataText.compact($0)) }) {
                fallback = fallback ?? joined
                continue
            }
            return joined
        }
        return fallback
    }

    /// Publication-date keys of `<meta>`, most specific first.
    static let publishedKeys = [
        "article:published_time", "article:published", "og:published_time", "og:article:published_time",
        "published_time", "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
        "publication_date", "parsely-pub-date", "sailthru.date", "citation_publication_date",
        "citation_date",
        "citation_online_date", "dc.date.issued", "dc.date.created", "dc.date", "dcterms.issued",
        "dcterms.created",
        "dcterms.date", "date", "datecreated", "article.published", "originalpublicationdate",
        "displaydate",
    ]
    /// Modification-date keys, used only when no publication date is found.
    static let modifiedKeys = [
        "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
        "dc.date.modified",
        "last-modified", "lastmod",
    ]

    /// The publication date: declared publication dates, then `<time>` marked as publication time, then a
    /// date in the URL path, then any `<time>`, then modification dates.
    private static func date(scan: PageScan, ld: JSONLDFacts, meta: MetaTags, url: String?, now: Date)
        -> String?
    {
        func normalized(_ values: [String?]) -> String? {
            values.lazy.compactMap { $0.flatMap { DateNormalizer.normalize($0, now: now) } }.first
        }
        if let found = normalized(
            [ld.datePublished, ld.dateCreated] + publishedKeys.map(meta.first)
                + [scan.itempropDatePublished])
        {
            return found
        }
        if let found = normalized(scan.times.filter(\.preferred).map(\.value)) { return found }
        if let path = url.flatMap(PageURL.path), let found = DateNormalizer.fromURLPath(path, now: now) {
            return found
        }
        return normalized(scan.times.map(\.value) + [ld.dateModified] + modifiedKeys.map(meta.first))
    }

    // MARK: - Lists

    /// Cleaned, de-duplicated (case-insensitively) values, at most 30.
    private static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for value in values {
            guard let clean = MetadataText.clean(value, limit: 100),
                seen.insert(clean.lowercased()).inserted
            else {
                continue
            }
            result.append(clean)
            if result.count == 30 { break }
        }
        return result
    }

    /// Splits comma-separated keyword lists.
    private static func splitList(_ values: [String]) -> [String] {
        values.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == ";" }).map(String.init) }
    }
}

/// `<meta>` values by lower-cased key, with the spelling variants of Dublin Core folded together
/// (`DC.title`, `dc:title` and `dc.title` are one key).
struct MetaTags {
    private let values: [String: [String]]

    /// - Parameters:
    ///   - properties: values from `property` attributes; they come first for each key.
    ///   - names: values from `name`/`itemprop` attributes.
    init(properties: [String: [String]], names: [String: [String]]) {
        var values: [String: [String]] = [:]
        for (key, list) in properties.sorted(by: { $0.key < $1.key })
            + names.sorted(by: { $0.key < $1.key })
        {
            var folded = key
            for prefix in ["dc:", "dcterm:", "dcterms:", "dcterm."] where key.hasPrefix(prefix) {
                folded = (prefix.hasPrefix("dcterm") ? "dcterms." : "dc.") + key.dropFirst(prefix.count)
            }
            values[folded, default: []].append(contentsOf: list)
        }
        self.values = values
    }

    /// The first non-empty value for `key`.
    func first(_ key: String) -> String? {
        values[key]?.first { MetadataText.clean($0) != nil }
    }

    /// All non-empty values for `key`.
    func all(_ key: String) -> [String] {
        values[key]?.filter { MetadataText.clean($0) != nil } ?? []
    }
}
