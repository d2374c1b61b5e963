/// Markup that names the article body directly. Checked before the density scorer because a
/// CMS's own label is more reliable than statistics — when it holds enough text.
enum ContentHints {
    /// Whole class or id names that CMSs and themes give the article body (WordPress, Drupal, Ghost,
    /// news themes). Compared per class name, lower-cased.
    static let bodyClassNames: Set<String> = [
        "entry-content", "post-content", "article-content", "article-body", "article__body", "articlebody",
        "story-body", "story-content", "post-body", "post-entry", "entry-body", "content-body", "body-text",
        "article-text", "articletext", "article__content", "story__body", "td-post-content", "field-name-body",
        "field--name-body", "post__content", "c-entry-content", "single-content", "news-content",
        "article-body-content", "story-text", "main-article-body", "article_body", "articlebodytext",
        "entry__content", "blog-content", "postcontent", "text-content", "news-text", "detail-content",
        "artikel", "article-detail", "paywall",
    ]

    /// Pieces of which every `bodyClassNames` entry contains one.
    static let bodyNameFragments = FragmentSet(["content", "body", "text", "entry", "artikel", "article", "paywall"])

    /// True when one of the space-separated names in `value` is a known article-body class.
    static func hasBodyClass(_ value: String?) -> Bool {
        // Asked for every element: a byte test rules out most class values before any string is built.
        guard let value, bodyNameFragments.occurs(in: value) else { return false }
        if let found = bodyClassNameSet.containsName(in: value) { return found }
        return value.lowercased().split(separator: " ").contains { bodyClassNames.contains(String($0)) }
    }

    private static let bodyClassNameSet = NameSet(bodyClassNames)

    /// True when one of the class names reads as a content label ("entry", "post-content") and
    /// carries no boilerplate token itself — unlike "comment-content" or "related-posts".
    static func labelsContent(_ classes: String?) -> Bool {
        guard let classes else { return false }
        for name in classes.split(separator: " ") {
            let tokens = ClassNameTokens.split(String(name))
            if tokens.contains(where: { contentLabelTokens.contains(String($0)) }),
                ClassTokenRules.match(classes: String(name), id: nil) == nil
            {
                return true
            }
        }
        return false
    }

    /// Tokens that label an article's lead paragraph (standfirst, intro, teaser summary).
    static let leadTokens: Set<String> = [
        "lead", "intro", "summary", "standfirst", "chapo", "chapeau", "excerpt", "dek", "deck", "abstract",
        "teaser", "subtitle", "subheadline", "kicker", "lede", "sapo", "entradilla", "bajada", "occhiello",
        "leadin", "leadtext", "articleintro", "introtext", "vorspann", "anriss", "einleitung", "perex",
    ]

    /// True when a class name marks a lead and none marks boilerplate.
    static func labelsLead(_ classes: String?) -> Bool {
        guard let classes else { return false }
        let tokens = ClassNameTokens.split(classes).map(String.init)
        return tokens.contains(where: leadTokens.contains) && ClassTokenRules.match(classes: classes, id: nil) == nil
    }

    /// Tokens that label an article wrapper.
    static let contentLabelTokens: Set<String> = [
        "entry", "content", "article", "post", "story", "body", "text", "main", "hentry", "prose",
    ]

    /// Class tokens that raise or lower a container's density score (Readability's class weight).
    static let positiveTokens: Set<String> = [
        "article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story", "hentry",
        "prose", "richtext",
    ]
    static let negativeTokens: Set<String> = [
        "hidden", "banner", "combx", "comment", "com", "contact", "foot", "footer", "footnote", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "tool", "widget", "nav", "menu", "share", "social", "teaser",
        "byline", "author", "caption", "subscribe", "newsletter",
    ]
}
