/// Class/id vocabularies that mark boilerplate containers, one group per concept.
///
/// Matching is on *tokens*: a class or id value is split at every non-alphanumeric byte and
/// lower-cased ("jp-relatedposts" → "jp", "relatedposts"), so `ad` never matches "head" or "shadow"
/// and `cookie` never matches inside "cookiejar-article-body"-like compounds by accident. Tokens in
/// `prefixes` also match as the start of a token ("sharedaddy", "commentlist") — only stems that are
/// unambiguous in class names are listed there.
/// Must not hit: article wrappers (`entry-content`, `article-body`, `story`), captions, bylines in
/// article headers (those are handled by the renderer), and words like "header" that CMSs use for the
/// article's own title block.
struct ClassTokenRule: Sendable {
    let category: BoilerplateCategory
    /// Whole tokens that mark the category.
    let tokens: Set<String>
    /// Token prefixes that mark the category.
    let prefixes: [String]
    /// Pairs of adjacent tokens ("site header") that mark the category where each alone is too vague.
    let pairs: Set<String>
    /// Whole class names (one class, exactly) for concepts whose tokens are too vague on their own:
    /// "hidden" marks a hidden element, but "hidden-xs" or "hide-on-mobile" are only responsive.
    let names: Set<String>

    init(
        category: BoilerplateCategory, tokens: Set<String>, prefixes: [String], pairs: Set<String>,
        names: Set<String> = []
    ) {
        self.category = category
        self.tokens = tokens
        self.prefixes = prefixes
        self.pairs = pairs
        self.names = names
    }
}

enum ClassTokenRules {
    static let all: [ClassTokenRule] = [
        ClassTokenRule(
            category: .navigation,
            tokens: [
                "nav", "navbar", "navigation", "menu", "menus", "submenu", "megamenu", "breadcrumb",
                "breadcrumbs", "topbar", "toolbar", "pagination", "pager", "offcanvas", "hamburger",
                "skiplink", "skiplinks", "jumplinks", "subnav", "mainmenu", "menubar",
            ],
            prefixes: ["navbar", "breadcrumb", "megamenu"],
            pairs: ["skip link", "skip to", "menu toggle", "nav toggle", "site nav", "main nav", "top nav"]),
        ClassTokenRule(
            category: .header,
            tokens: ["masthead", "siteheader", "globalheader", "topheader"],
            prefixes: [],
            pairs: ["site header", "global header", "page header", "main header", "top header", "header bar",
                    "header wrapper", "header top", "header nav", "header main", "site branding"]),
        ClassTokenRule(
            category: .footer,
            tokens: ["footer", "colophon", "sitefooter", "copyright"],
            prefixes: ["footer"],
            pairs: []),
        ClassTokenRule(
            category: .sidebar,
            tokens: ["sidebar", "widget", "widgets", "widgetarea", "rail", "sidebars", "aside"],
            prefixes: ["sidebar"],
            pairs: ["right column", "left column"]),
        ClassTokenRule(
            category: .consent,
            tokens: [
                "cookie", "cookies", "consent", "gdpr", "onetrust", "cookiebar", "cookiebanner",
                "didomi", "usercentrics", "tarteaucitron", "cookielaw", "ccpa", "cookienotice",
            ],
            prefixes: ["cookie", "consent", "gdpr", "onetrust"],
            pairs: ["privacy banner", "privacy notice"]),
        ClassTokenRule(
            category: .newsletter,
            tokens: [
                "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin", "mailchimp",
                "mc4wp", "mailpoet", "subscriber", "emailsignup",
            ],
            prefixes: ["newsletter", "subscri", "mailchimp", "mc4wp"],
            pairs: ["sign up", "email signup", "email form"]),
        ClassTokenRule(
            category: .social,
            tokens: [
                "share", "shares", "sharing", "social", "socials", "sharedaddy", "addthis", "sharethis",
                "follow", "socialmedia", "shariff", "addtoany", "a2a",
            ],
            prefixes: ["share", "social", "addthis", "sharethis"],
            pairs: ["follow us"]),
        ClassTokenRule(
            category: .donate,
            tokens: ["donate", "donation", "donations", "patreon", "supportus", "fundraising"],
            prefixes: ["donat"],
            pairs: ["support us", "support box"]),
        ClassTokenRule(
            category: .related,
            tokens: [
                "related", "relatedposts", "latest", "popular", "trending", "mostread", "mostpopular",
                "recommended", "recommendations", "readnext", "outbrain", "taboola", "ticker", "morestories",
                "yarpp", "crp", "teasers", "recirculation", "recirc",
            ],
            prefixes: ["related", "outbrain", "taboola", "yarpp"],
            pairs: ["most read", "most popular", "read next", "more stories", "you may", "also read", "read also",
                    "more news", "latest news", "top stories", "breaking news"]),
        ClassTokenRule(
            category: .comments,
            tokens: [
                "comment", "comments", "commentlist", "commentform", "disqus", "respond", "replies",
                "commentsarea", "discussion",
            ],
            prefixes: ["disqus"],
            pairs: ["comment list", "comment form", "comments area", "leave reply"]),
        ClassTokenRule(
            category: .ads,
            tokens: [
                "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "sponsor",
                "sponsored", "promo", "promotion", "dfp", "adslot", "adunit", "adcontainer", "banner",
                "googleads", "adsense", "commercial", "affiliate",
            ],
            prefixes: ["advert", "adsbygoogle", "sponsor", "promo", "adslot", "adunit"],
            pairs: ["ad slot", "ad unit", "ad container", "ad wrapper", "native ad"]),
        ClassTokenRule(
            category: .authorBox,
            tokens: ["authorbox", "authorbio", "aboutauthor", "abouttheauthor"],
            prefixes: [],
            pairs: ["author box", "author bio", "about author", "author info", "author card", "author profile",
                    "user bio", "writer bio", "contributor bio", "reporter bio", "staff bio"]),
        ClassTokenRule(
            category: .hidden,
            tokens: [],
            prefixes: [],
            pairs: [],
            names: [
                "hidden", "hide", "invisible", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
                "screen-reader-only", "d-none", "is-hidden", "u-hidden", "element-invisible", "offscreen",
                "js-hidden", "display-none",
            ]),
        ClassTokenRule(
            category: .dialog,
            tokens: ["modal", "popup", "overlay", "lightbox", "interstitial"],
            prefixes: ["popup", "modal"],
            pairs: []),
        ClassTokenRule(
            category: .metadata,
            tokens: ["byline", "tags", "tagcloud", "taglist", "printonly", "views", "viewcount", "pageviews"],
            prefixes: [],
            pairs: ["entry meta", "post meta", "article meta", "post tags", "entry tags", "tag list",
                    "entry footer", "post footer", "article footer", "story footer", "print only"]),
    ]

    /// The vocabularies above compiled into hash tables, once.
    static let matcher = ClassTokenMatcher(all)

    /// Finds the first rule that matches the given class and id attribute values.
    static func match(classes: String?, id: String?) -> BoilerplateCategory? {
        guard ClassTokenMatcher.handles(classes, id) else { return matchByScan(classes: classes, id: id) }
        return matcher.firstRule(classes: classes, id: id).map { all[$0].category }
    }

    /// `match` rule by rule: the definition `ClassTokenMatcher` reproduces, used for non-ASCII values.
    static func matchByScan(classes: String?, id: String?) -> BoilerplateCategory? {
        var tokens: [Substring] = []
        if let classes {
            for name in classes.lowercased().split(separator: " ") {
                if let rule = all.first(where: { $0.names.contains(String(name)) }) { return rule.category }
            }
            tokens.append(contentsOf: ClassNameTokens.split(classes))
        }
        let classCount = tokens.count
        if let id { tokens.append(contentsOf: ClassNameTokens.split(id)) }
        if tokens.isEmpty { return nil }
        for rule in all {
            for (index, token) in tokens.enumerated() {
                // "has-ads", "no-sidebars": a state of the element, not what it is (not across class and id).
                if index > 0 && index != classCount && ClassTokenMatcher.modifiers.contains(String(tokens[index - 1])) {
                    continue
                }
                let word = String(token)
                if rule.tokens.contains(word) { return rule.category }
                for prefix in rule.prefixes where word.hasPrefix(prefix) { return rule.category }
                if index + 1 < tokens.count && index + 1 != classCount
                    && rule.pairs.contains(word + " " + tokens[index + 1])
                {
                    return rule.category
                }
            }
        }
        return nil
    }
}
