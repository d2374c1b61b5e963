import WinnowCore

/// Decides what kind of page this is (``PageType``): from JSON-LD `@type`, then `og:type`, then structure.
///
/// JSON-LD names the main entity most precisely (`NewsArticle`, `VideoObject`, `CollectionPage`); `og:type`
/// is coarser (`article`, `video.other`, `website`); pages with neither are judged by their structure: many
/// `<article>` teasers make a listing, a front-page URL too.
enum PageTypeClassifier {
    static func classify(scan: PageScan, ld: JSONLDFacts, meta: MetaTags, url: String?)
        -> (type: PageType, source: MetadataSource)?
    {
        if let type = fromSchema(ld.types) ?? (ld.rank >= 3 ? .article : nil) { return (type, .jsonLD) }
        if let ogType = meta.first("og:type").map({ $0.lowercased() }), let type = fromOpenGraph(ogType) {
            // A site-wide default of "website" on a page with many teasers says listing; alone it says nothing.
            if type != .page { return (type, .openGraph) }
        }
        if let type = fromSchema(Array(ld.pageTypes)) { return (type, .jsonLD) }
        if scan.articleElements >= 4 { return (.listing, .detected) }
        if let url, PageURL.isFrontPage(url) { return (.listing, .detected) }
        if scan.videoElements > 0 && scan.firstParagraph == nil { return (.video, .detected) }
        return nil
    }

    /// The page type a set of schema.org types names, or nil when none is telling.
    static func fromSchema(_ types: [String]) -> PageType? {
        let set = Set(types)
        let table: [(PageType, Set<String>)] = [
            (.article, [
                "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
                "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting", "article", "blogposting",
                "scholarlyarticle", "techarticle", "report", "satiricalarticle", "advertisercontentarticle",
            ]),
            (.discussion, ["discussionforumposting", "qapage", "question"]),
            (.video, ["videoobject", "videogallery"]),
            (.gallery, ["imagegallery", "mediagallery"]),
            (.audio, ["podcastepisode", "audioobject", "podcastseries", "radioepisode"]),
            (.recipe, ["recipe"]),
            (.product, ["product", "productgroup", "offer"]),
            (.profile, ["profilepage"]),
            (.listing, ["collectionpage", "searchresultspage", "itemlist"]),
        ]
        for (type, names) in table where !set.isDisjoint(with: names) { return type }
        return nil
    }

    /// The page type of an `og:type` value (`article`, `video.movie`, `music.song`, `profile`, `website`).
    static func fromOpenGraph(_ value: String) -> PageType? {
        if value == "article" || value.hasPrefix("article") || value == "blog" { return .article }
        if value.hasPrefix("video") { return .video }
        if value.hasPrefix("music") { return .audio }
        if value == "profile" { return .profile }
        if value.hasPrefix("product") || value == "og:product" { return .product }
        if value == "website" || value == "webpage" { return .page }
        return nil
    }
}
