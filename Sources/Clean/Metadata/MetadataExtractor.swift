public import DOM
import Foundation
public import WinnowCore

/// Reads a page's metadata (title, authors, dates, URL, site, description, language, sections, tags, image,
/// license, page type) and records where each value came from (`Metadata.sources`).
///
/// Sources are tried per field in order of trust, each value cleaned and checked before it is accepted:
/// JSON-LD (written for search engines, usually exact), then OpenGraph/Twitter/`<meta>` tags, then
/// microdata and visible elements (`<time>`, bylines, `<title>`, `<h1>`, date elements), then the URL itself.
/// Fields that need the final text (language detection, fingerprint, id) are filled by `MetadataFinisher`.
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
        var sources: [String: String] = [:]
        func note(_ field: String, _ source: MetadataSource?) {
            if let source { sources[field] = source.rawValue }
        }
        /// A `<meta>` value with the source its key implies.
        func tag(_ key: String) -> SourcedValue { SourcedValue(meta.first(key), MetadataSource.ofMetaKey(key)) }

        let canonical = canonicalURL(scan: scan, ld: ld, meta: meta, pageURL: pageURL)
        result.url = canonical.value
        note("url", canonical.value == nil ? nil : canonical.source)
        result.hostname = result.url.flatMap(PageURL.host) ?? pageURL.flatMap(PageURL.host)
        note("hostname", result.hostname == nil ? nil : .url)

        // A site name equal to the page's declared title is a mislabeled title (`application-name` often
        // is). `<title>` counts only without `og:title`: some sites put nothing but their name there.
        let pageTitles = Set(
            [meta.first("og:title") ?? scan.title].compactMap { $0.map(MetadataText.compact) })
        let siteCandidates: [SourcedValue] = [
            SourcedValue(ld.publisher, .jsonLD), tag("og:site_name"), SourcedValue(ld.websiteName, .jsonLD),
            SourcedValue(ld.organizationName, .jsonLD), SourcedValue(scan.itempropPublisher, .microdata),
            tag("application-name"), tag("apple-mobile-web-app-title"), tag("dc.publisher"),
            tag("dcterms.publisher"), tag("citation_publisher"), tag("publisher"),
        ]
        let sourcedSiteNames = siteCandidates.compactMap { candidate in
            candidate.value.flatMap(siteName).map { SourcedValue($0, candidate.source) }
        }.filter { !pageTitles.contains(MetadataText.compact($0.value ?? "")) }
        let siteNames = sourcedSiteNames.compactMap(\.value)
        result.sitename = siteNames.first
        note("sitename", sourcedSiteNames.first?.source)

        let rawTitle = title(scan: scan, ld: ld, meta: meta, siteNames: siteNames)
        if let raw = rawTitle.value {
            result.title = TitleCleaner.clean(raw, siteNames: siteNames, host: result.hostname)
            note("title", result.title == nil ? nil : rawTitle.source)
        }
        if result.sitename == nil, let titleText = scan.title.flatMap({ MetadataText.clean($0) }),
            let suffix = TitleCleaner.genericSuffix(of: titleText)
        {
            // The " | Site" part of <title> names the site when nothing else does.
            result.sitename = siteName(suffix.text)
            note("sitename", result.sitename == nil ? nil : .html)
        }

        let authors = author(scan: scan, ld: ld, meta: meta, siteNames: siteNames)
        result.authors = authors.names
        result.author = authors.names.isEmpty ? nil : authors.names.joined(separator: "; ")
        note("author", authors.names.isEmpty ? nil : authors.source)
        let horizon = DateNormalizer.Horizon(now: now)
        let published = date(scan: scan, ld: ld, meta: meta, url: result.url ?? pageURL, horizon: horizon)
        result.date = published.value
        note("date", published.value == nil ? nil : published.source)
        let modified = dateModified(scan: scan, ld: ld, meta: meta, published: result.date, horizon: horizon)
        result.dateModified = modified.value
        note("date_modified", modified.value == nil ? nil : modified.source)
        // Dublin Core before OpenGraph when both exist (as readers do); the first prose paragraph is the
        // last resort, so pages without a declared summary still get one (the Cleaner may replace it
        // with the first paragraph of the extracted article).
        let description = first(
            [
                SourcedValue(ld.description, .jsonLD), tag("dc.description"), tag("dcterms.description"),
                tag("og:description"), tag("description"), tag("twitter:description"),
                tag("dcterms.abstract"), tag("citation_abstract"), SourcedValue(scan.firstParagraph, .text),
            ], { MetadataText.clean($0, limit: MetadataText.descriptionLimit) })
        result.description = description?.value
        note("description", description?.source)
        let language = first(
            [
                SourcedValue(scan.htmlLang, .html), SourcedValue(scan.contentLanguage, .meta),
                SourcedValue(ld.language, .jsonLD), tag("og:locale"), tag("language"), tag("dc.language"),
                tag("dcterms.language"), tag("content-language"),
            ], LanguageTag.primary)
        result.language = language?.value
        note("language", language?.source)
        let categoryGroups: [(values: [String], source: MetadataSource)] = [
            (ld.sections, .jsonLD), (meta.all("article:section"), .openGraph),
            (meta.all("parsely-section") + meta.all("section") + meta.all("category"), .meta),
        ]
        result.categories = distinct(categoryGroups.flatMap(\.values))
        note("categories", result.categories.isEmpty ? nil : categoryGroups.first { !$0.values.isEmpty }?.source)
        let tagGroups: [(values: [String], source: MetadataSource)] = [
            (ld.keywords, .jsonLD), (meta.all("article:tag"), .openGraph),
            (
                splitList(meta.all("keywords")) + splitList(meta.all("news_keywords"))
                    + splitList(meta.all("parsely-tags")), .meta
            ),
        ]
        result.tags = distinct(tagGroups.flatMap(\.values))
        note("tags", result.tags.isEmpty ? nil : tagGroups.first { !$0.values.isEmpty }?.source)
        let imageBase = result.url ?? pageURL
        let image = first(
            [
                SourcedValue(ld.image, .jsonLD), tag("og:image"), tag("og:image:url"), tag("og:image:secure_url"),
                tag("twitter:image"), tag("twitter:image:src"), SourcedValue(scan.imageSource, .html),
            ], { PageURL.resolve($0, against: imageBase) })
        result.image = image?.value
        note("image", image?.source)
        let license = LicenseReader.license(scan: scan, ld: ld, meta: meta, base: imageBase)
        result.license = license?.value
        note("license", license?.source)
        let pageType = PageTypeClassifier.classify(scan: scan, ld: ld, meta: meta, url: result.url ?? pageURL)
        result.pageType = pageType?.type.rawValue
        note("page_type", pageType?.source)
        result.sources = sources
        return result
    }

    /// The first candidate whose value survives `clean`, with its source.
    private static func first(_ candidates: [SourcedValue], _ clean: (String) -> String?) -> SourcedValue? {
        for candidate in candidates {
            if let value = candidate.value.flatMap(clean) { return SourcedValue(value, candidate.source) }
        }
        return nil
    }

    // MARK: - Fields

    /// `link rel=canonical`, `og:url`, JSON-LD `url`, else the page URL; all resolved against the page URL.
    /// A canonical link to the site's front page from a deeper page is a known template bug and is skipped.
    private static func canonicalURL(
        scan: PageScan, ld: JSONLDFacts, meta: MetaTags, pageURL: String?
    ) -> SourcedValue {
        let base = pageURL.flatMap { PageURL.resolve($0, against: nil) }
        let pageIsDeep = base.map { !PageURL.isFrontPage($0) } ?? false
        let candidates = [
            SourcedValue(scan.canonical, .html), SourcedValue(meta.first("og:url"), .openGraph),
            SourcedValue(ld.url, .jsonLD),
        ]
        for candidate in candidates {
            guard let raw = candidate.value, let url = PageURL.resolve(raw, against: base) else { continue }
            if pageIsDeep && PageURL.isFrontPage(url) { continue }
            return SourcedValue(url, candidate.source)
        }
        return SourcedValue(base, .url)
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
        -> SourcedValue
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
        let candidates: [SourcedValue] = [
            SourcedValue(articleHeadline, .jsonLD), SourcedValue(meta.first("dc.title"), .meta),
            SourcedValue(meta.first("dcterms.title"), .meta), SourcedValue(meta.first("og:title"), .openGraph),
            SourcedValue(meta.first("twitter:title"), .meta), SourcedValue(meta.first("citation_title"), .meta),
            SourcedValue(meta.first("parsely-title"), .meta), SourcedValue(scan.itempropHeadline, .microdata),
            SourcedValue(scan.title, .html), SourcedValue(scan.firstH1, .html),
        ]
        let siteKeys = Set(siteNames.map(MetadataText.compact))
        for candidate in candidates {
            guard let text = candidate.value.flatMap({ MetadataText.clean($0, limit: MetadataText.titleLimit) })
            else {
                continue
            }
            if siteKeys.contains(MetadataText.compact(text)) { continue }
            return SourcedValue(text, candidate.source)
        }
        return SourcedValue(nil, .html)
    }

    /// Authors from JSON-LD, author meta tags, then byline elements. People only: a value equal to the site
    /// name, or a JSON-LD author typed as an organization, is kept only when nothing better turns up (sites
    /// often credit themselves in `<meta name=author>`).
    private static func author(scan: PageScan, ld: JSONLDFacts, meta: MetaTags, siteNames: [String])
        -> (names: [String], source: MetadataSource)
    {
        var sources: [(values: [String], source: MetadataSource)] = [(ld.authors, .jsonLD)]
        for key in [
            "dc.creator", "dcterms.creator", "author", "article:author", "parsely-author",
            "sailthru.author", "citation_author", "byl", "og:article:author", "book:author",
        ] {
            sources.append((meta.all(key).filter { !MetadataText.looksLikeURL($0) }, MetadataSource.ofMetaKey(key)))
        }
        for strength in 0...2 {
            for byline in scan.bylines where byline.strength == strength {
                sources.append(([byline.text], strength == 0 ? .microdata : .byline))
            }
        }
        let notPeople = Set((siteNames + ld.organizationAuthors).map(MetadataText.compact))
        var fallback: (names: [String], source: MetadataSource)?
        for (source, origin) in sources where !source.isEmpty {
            var names: [String] = []
            for raw in source {
                for name in BylineCleaner.names(raw) where !names.contains(name) { names.append(name) }
            }
            guard !names.isEmpty else { continue }
            let kept = Array(names.prefix(BylineCleaner.maxNames))
            if names.allSatisfy({ notPeople.contains(MetadataText.compact($0)) }) {
                fallback = fallback ?? (kept, origin)
                continue
            }
            return (kept.filter { !notPeople.contains(MetadataText.compact($0)) }, origin)
        }
        return fallback ?? ([], .byline)
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
    /// date in the URL path, then any `<time>`, then dates shown as text in date elements, then
    /// modification dates.
    private static func date(
        scan: PageScan, ld: JSONLDFacts, meta: MetaTags, url: String?, horizon: DateNormalizer.Horizon
    ) -> SourcedValue
    {
        func normalized(_ values: [SourcedValue]) -> SourcedValue? {
            first(values) { DateNormalizer.normalize($0, horizon: horizon) }
        }
        let declared =
            [SourcedValue(ld.datePublished, .jsonLD), SourcedValue(ld.dateCreated, .jsonLD)]
            + publishedKeys.map { SourcedValue(meta.first($0), MetadataSource.ofMetaKey($0)) }
            + [SourcedValue(scan.itempropDatePublished, .microdata)]
        if let found = normalized(declared) { return found }
        if let found = normalized(scan.times.filter(\.preferred).map { SourcedValue($0.value, .time) }) {
            return found
        }
        if let path = url.flatMap(PageURL.path), let found = DateNormalizer.fromURLPath(path, horizon: horizon) {
            return SourcedValue(found, .url)
        }
        let rest =
            scan.times.map { SourcedValue($0.value, .time) } + scan.visibleDates.map { SourcedValue($0, .text) }
            + [SourcedValue(ld.dateModified, .jsonLD)]
            + modifiedKeys.map { SourcedValue(meta.first($0), MetadataSource.ofMetaKey($0)) }
        return normalized(rest) ?? SourcedValue(nil, .meta)
    }

    /// The last modification date: JSON-LD `dateModified`, modification meta keys, microdata, then `<time>`
    /// marked as an update. A date before the publication date is a template error and is dropped.
    private static func dateModified(
        scan: PageScan, ld: JSONLDFacts, meta: MetaTags, published: String?, horizon: DateNormalizer.Horizon
    ) -> SourcedValue {
        let candidates =
            [SourcedValue(ld.dateModified, .jsonLD)]
            + modifiedKeys.map { SourcedValue(meta.first($0), MetadataSource.ofMetaKey($0)) }
            + [SourcedValue(scan.itempropDateModified, .microdata)]
            + scan.modifiedTimes.map { SourcedValue($0, .time) }
        guard let found = first(candidates, { DateNormalizer.normalize($0, horizon: horizon) }),
            let value = found.value
        else { return SourcedValue(nil, .meta) }
        if let published, value.prefix(10) < published.prefix(10) { return SourcedValue(nil, .meta) }
        return found
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
        values[key]?.first(where: MetadataText.hasText)
    }

    /// All non-empty values for `key`.
    func all(_ key: String) -> [String] {
        values[key]?.filter(MetadataText.hasText) ?? []
    }
}
