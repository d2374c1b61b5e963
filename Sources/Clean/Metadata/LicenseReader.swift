/// Finds the license a page's content is published under.
///
/// In order of trust: JSON-LD `license`, `rel=license` links (`<link>`, `<a>`, microdata `itemprop=license`),
/// license meta tags (`license`, Dublin Core `rights`/`license`), then any link to a Creative Commons license
/// (footers often link one without `rel`). URLs are resolved against the page; names are kept as text.
/// Must not hit: "All rights reserved" notices, which are no license, and links that only mention licensing.
enum LicenseReader {
    static func license(scan: PageScan, ld: JSONLDFacts, meta: MetaTags, base: String?) -> SourcedValue? {
        var candidates: [SourcedValue] = [SourcedValue(ld.license, .jsonLD)]
        candidates += scan.licenses.map { SourcedValue($0, .html) }
        for key in ["license", "dc.rights", "dcterms.rights", "dcterms.license", "dc.license", "copyright"] {
            candidates.append(SourcedValue(meta.first(key), .meta))
        }
        candidates += scan.creativeCommonsLinks.map { SourcedValue($0, .html) }
        for candidate in candidates {
            guard let raw = candidate.value, let value = clean(raw, base: base) else { continue }
            return SourcedValue(value, candidate.source)
        }
        return nil
    }

    /// A resolved URL, or a short license name; nil for copyright notices and empty values.
    static func clean(_ raw: String, base: String?) -> String? {
        guard let text = MetadataText.clean(raw, limit: MetadataText.shortLimit) else { return nil }
        let lower = text.lowercased()
        if lower.hasPrefix("http") || lower.hasPrefix("//") || lower.hasPrefix("/") {
            return PageURL.resolve(text, against: base)
        }
        // "© 2018 Example Inc. All rights reserved" is a notice, not a license.
        if lower.contains("all rights reserved") || lower.hasPrefix("©") || lower.hasPrefix("(c)")
            || lower.hasPrefix("copyright")
        {
            return nil
        }
        return MetadataText.wordCount(text) <= 12 ? text : nil
    }
}
