public import WinnowCore

/// Fills the metadata fields that depend on the final article text, after extraction: the language when the
/// page declares none (or declares one its text clearly contradicts), the SimHash `fingerprint`, the stable
/// `id`, and a `page_type` for pages whose markup did not say.
public enum MetadataFinisher {
    /// Fewest characters of text before a page without a declared type counts as an article.
    static let articleCharacters = 1_000

    /// Completes `metadata` from the article's plain text.
    /// - Parameters:
    ///   - metadata: the extracted metadata, updated in place.
    ///   - text: the article body as plain text (``Article/text``).
    ///   - origin: the input's path or URL; the `id` hashes it when the page has no canonical URL.
    public static func finish(_ metadata: inout Metadata, text: String, origin: String) {
        if let guess = LanguageDetector.detect(text) {
            if metadata.language == nil
                || LanguageDetector.contradicts(declared: metadata.language ?? "", guess: guess)
            {
                metadata.language = guess.language
                metadata.sources["language"] = MetadataSource.detected.rawValue
            }
        }
        if let fingerprint = SimHash.hex(text) {
            metadata.fingerprint = fingerprint
            metadata.sources["fingerprint"] = MetadataSource.text.rawValue
        }
        if let url = metadata.url {
            metadata.id = StableID.hex(url)
            metadata.sources["id"] = MetadataSource.url.rawValue
        } else {
            metadata.id = StableID.hex(origin)
            metadata.sources["id"] = MetadataSource.input.rawValue
        }
        if metadata.pageType == nil, !text.isEmpty {
            // Stops after `articleCharacters`: `text.count` walked the graphemes of the whole article.
            let isLong = !text.dropFirst(articleCharacters - 1).isEmpty
            metadata.pageType = (isLong ? PageType.article : .page).rawValue
            metadata.sources["page_type"] = MetadataSource.detected.rawValue
        }
    }
}
