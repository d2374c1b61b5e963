/// Where a metadata value came from, as recorded in `Metadata.sources` (shown with `--explain`).
///
/// Listed in the extractor's order of trust: structured data written for machines first, then tags, then
/// what the page shows, then guesses.
enum MetadataSource: String, Sendable {
    /// schema.org JSON-LD in `<script type="application/ld+json">`.
    case jsonLD = "json-ld"
    /// OpenGraph `og:*` and `article:*` properties.
    case openGraph = "opengraph"
    /// Other `<meta>` tags: `name=` (author, description, Dublin Core, parsely, sailthru, citation_*,
    /// Twitter cards) and `http-equiv`.
    case meta
    /// Microdata `itemprop` on visible elements.
    case microdata
    /// A byline element (`rel=author`, author/byline classes).
    case byline
    /// A `<time>` element.
    case time
    /// The page's URL (a date in its path, the host name).
    case url
    /// Page markup other than the above: `<title>`, `<h1>`, `<html lang>`, `<link rel>`, visible text.
    case html
    /// The article text (first paragraph, fingerprint).
    case text
    /// Computed from the text or structure (language detection, page type from structure).
    case detected
    /// The input's path or origin (the `id` of a page without URL).
    case input

    /// The source of a `<meta>` key: OpenGraph for `og:`/`article:`/`book:`/`video:` properties, else meta.
    static func ofMetaKey(_ key: String) -> MetadataSource {
        for prefix in ["og:", "article:", "book:", "video:", "music:", "profile:"] where key.hasPrefix(prefix) {
            return .openGraph
        }
        return .meta
    }
}

/// A raw value and where it was found.
struct SourcedValue {
    var value: String?
    var source: MetadataSource

    init(_ value: String?, _ source: MetadataSource) {
        self.value = value
        self.source = source
    }
}
