import DOM

/// Every metadata-bearing node of a page, gathered in one walk over the tree (no recursion).
///
/// Values are raw (uncleaned) strings; `MetadataExtractor` decides which to trust.
struct PageScan {
    /// `<meta>` contents keyed by lower-cased `name` or `itemprop`, in document order.
    var metas: [String: [String]] = [:]
    /// `<meta property>` contents: RDFa's attribute (OpenGraph, Dublin Core), so it outranks `name` when a
    /// page gives both for one key.
    var propertyMetas: [String: [String]] = [:]
    /// `<meta http-equiv="content-language">`.
    var contentLanguage: String?
    /// `<html lang>` or `xml:lang`.
    var htmlLang: String?
    /// `<link rel="canonical">` href.
    var canonical: String?
    /// `<link rel="image_src">` href.
    var imageSource: String?
    /// Texts of `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// Text of the first `<title>`.
    var title: String?
    /// Text of the first `<h1>`.
    var firstH1: String?
    /// Microdata `itemprop="headline"` text (non-meta elements).
    var itempropHeadline: String?
    /// Microdata `itemprop="datePublished"` value (content, datetime or text).
    var itempropDatePublished: String?
    /// Microdata publisher name.
    var itempropPublisher: String?
    /// `<time>` values (datetime attribute, else text), `preferred` when marked as the publication time.
    var times: [(value: String, preferred: Bool)] = []
    /// Text of the first substantial paragraph outside navigation, headers, footers, asides and forms: the
    /// description of last resort, as readers show it when a page declares no summary.
    var firstParagraph: String?
    /// Byline candidates in document order: text, and a strength (lower is more trusted).
    var bylines: [(text: String, strength: Int)] = []
    /// Microdata `itemprop="dateModified"` value.
    var itempropDateModified: String?
    /// `<time>` values marked as an update (`itemprop=dateModified`, class words "updated", "modified").
    var modifiedTimes: [String] = []
    /// Short texts of elements whose class/id words name a date ("date", "dateline", "timestamp", ...),
    /// for pages that show the date only as text ("22. November 2018", "2018年11月22日").
    var visibleDates: [String] = []
    /// License links: `<link rel=license>`, `<a rel=license>`, then links to Creative Commons licenses.
    var licenses: [String] = []
    /// Links to Creative Commons licenses without `rel=license` (footers: "CC BY-SA 4.0").
    var creativeCommonsLinks: [String] = []
    /// Number of `<article>` elements: listings repeat them per teaser.
    var articleElements = 0
    /// Number of `<video>` elements and embedded video players.
    var videoElements = 0

    /// Most visible date texts kept.
    static let maxVisibleDates = 20
    /// Longest text of a date element: longer ones are paragraphs that mention a date.
    static let maxDateText = 80
    /// Class/id words of elements that show a date.
    static let dateWords: Set<Substring> = [
        "date", "dateline", "datetime", "timestamp", "pubdate", "published", "publishdate", "posted",
        "postdate", "entrydate", "articledate", "time", "datum", "fecha", "data",
    ]
    /// Pieces of which every byline word (`BylineTokens.fragments`) or date word contains one: a class
    /// without any of them names neither.
    /// ("posted" rather than "post": WordPress puts "post" in nearly every class; "postdate" has "dat".)
    static let hintFragments = FragmentSet(BylineTokens.fragments + ["dat", "time", "publish", "posted", "fecha"])
    /// Class/id words of dates that are updates, comments or events rather than the publication.
    static let notPublicationWords: Set<Substring> = [
        "updated", "modified", "update", "comment", "comments", "event", "expires", "copyright",
        "birth", "weather", "clock", "today", "current",
    ]

    /// `dateWords` and `notPublicationWords` as byte tables (looked up per word of hinted elements).
    static let dateWordSet = NameSet(dateWords.map(String.init))
    static let notPublicationWordSet = NameSet(notPublicationWords.map(String.init))

    /// Most byline candidates kept: a page lists its own authors early; later hits are teasers and comments.
    static let maxBylines = 30
    /// Longest byline text read from an element; longer elements are author bios or whole sections.
    static let maxBylineText = 400

    init(tree: Tree) {
        tree.forEachDescendant(of: Tree.root) { id in
            guard tree[id].kind == .element else { return true }
            switch tree[id].tag {
            case .html:
                if htmlLang == nil {
                    htmlLang = tree.attribute(.lang, of: id) ?? tree.attribute(.xmlLang, of: id)
                }
            case .meta:
                readMeta(tree, id)
                return false
            case .link:
                readLink(tree, id)
                return false
            case .script:
                if ScriptJSON.isLinkedData(tree, id) {
                    jsonLD.append(tree.textContent(of: id))
                }
                return false
            case .title:
                if title == nil { title = tree.textContent(of: id) }
                return false
            case .article:
                articleElements += 1
            case .video:
                videoElements += 1
            case .iframe:
                let source = tree.attribute(.src, of: id)?.lowercased() ?? ""
                if ["youtube.com/embed", "player.vimeo.com", "dailymotion.com/embed"].contains(where: source.contains) {
                    videoElements += 1
                }
            case .a:
                readAnchor(tree, id)
            case .h1:
                if firstH1 == nil { firstH1 = tree.textContent(of: id) }
            case .time:
                readTime(tree, id)
            case .p, .div:
                if firstParagraph == nil { readParagraph(tree, id) }
            case .style, .noscript, .template, .svg:
                return false
            default:
                break
            }
            readMicrodata(tree, id)
            // Class words once per element, and only when a byline or date word can be among them.
            let words = ClassTokens.mayHaveWord(tree, id, Self.hintFragments) ? ClassTokens.words(tree, id) : []
            readByline(tree, id, words)
            readVisibleDate(tree, id, words)
            return true
        }
    }

    private mutating func readAnchor(_ tree: Tree, _ id: Tree.NodeID) {
        guard let href = tree.attribute(.href, of: id) else { return }
        if let rel = tree.attribute(.rel, of: id), rel.lowercased().split(separator: " ").contains("license") {
            if licenses.count < 5 { licenses.append(href) }
        } else if Self.isCreativeCommons(href), creativeCommonsLinks.count < 5 {
            creativeCommonsLinks.append(href)
        }
    }

    private static let creativeCommonsHost = FragmentSet(["creativecommons"])

    /// True for a link to a Creative Commons license or public-domain dedication.
    static func isCreativeCommons(_ href: String) -> Bool {
        // Most links do not name the site at all: a byte check before lower-casing (the common path).
        guard creativeCommonsHost.occurs(in: href) else { return false }
        let lower = href.lowercased()
        return lower.contains("creativecommons.org/licenses/") || lower.contains("creativecommons.org/publicdomain/")
    }

    private mutating func readVisibleDate(_ tree: Tree, _ id: Tree.NodeID, _ words: [Substring]) {
        guard !words.isEmpty, visibleDates.count < Self.maxVisibleDates, tree[id].tag != .time else { return }
        guard words.contains(where: Self.dateWordSet.contains),
            !words.contains(where: Self.notPublicationWordSet.contains),
            !BylineTokens.isInsideComments(tree, id),
            let text = Self.boundedText(tree, id, limit: Self.maxDateText)
        else { return }
        visibleDates.append(text)
    }

    private mutating func readMeta(_ tree: Tree, _ id: Tree.NodeID) {
        guard let content = tree.attribute(.content, of: id) ?? tree.attribute(.value, of: id) else {
            return
        }
        if let equiv = tree.attribute(.httpEquiv, of: id), equiv.lowercased() == "content-language" {
            contentLanguage = contentLanguage ?? content
        }
        if tree.attribute(.itemprop, of: id) != nil { readMicrodata(tree, id) }
        if let key = tree.attribute(.property, of: id) { Self.add(content, under: key, to: &propertyMetas) }
        if let key = tree.attribute(.name, of: id) { Self.add(content, under: key, to: &metas) }
        if let key = tree.attribute(.itemprop, of: id) { Self.add(content, under: key, to: &metas) }
    }

    /// Files `content` under each space-separated name in `key`, lower-cased ("og:title twitter:title").
    private static func add(_ content: String, under key: String, to table: inout [String: [String]]) {
        let lowered = LowerCase.lowercasedIfNeeded(key)
        guard lowered.utf8.contains(0x20) else {
            if !lowered.isEmpty { table[lowered, default: []].append(content) }
            return
        }
        for name in lowered.split(separator: " ") { table[String(name), default: []].append(content) }
    }

    private mutating func readLink(_ tree: Tree, _ id: Tree.NodeID) {
        guard let rel = tree.attribute(.rel, of: id)?.lowercased(),
            let href = tree.attribute(.href, of: id)
        else {
            return
        }
        let tokens = rel.split(separator: " ")
        if tokens.contains("canonical") && canonical == nil { canonical = href }
        if tokens.contains("image_src") && imageSource == nil { imageSource = href }
        if tokens.contains("license") && licenses.count < 5 { licenses.append(href) }
    }

    private mutating func readTime(_ tree: Tree, _ id: Tree.NodeID) {
        guard times.count < 50 else { return }
        let value = tree.attribute(.datetime, of: id) ?? tree.textContent(of: id)
        let itemprop = tree.attribute(.itemprop, of: id)?.lowercased() ?? ""
        let classWords = ClassTokens.words(tree, id)
        let preferred =
            tree.attribute(.pubdate, of: id) != nil || itemprop.contains("datepublished")
            || classWords.contains(where: { $0.hasPrefix("publish") || $0 == "pubdate" })
        if !preferred,
            itemprop.contains("datemodified")
                || classWords.contains(where: { $0.hasPrefix("updated") || $0.hasPrefix("modified") })
        {
            modifiedTimes.append(value)
        }
        times.append((value, preferred))
    }

    /// Fewest characters of a paragraph used as a description: shorter ones are captions, labels, datelines.
    static let minParagraphCharacters = 40

    /// Fewest characters of a `<div>`'s own text for it to count as a paragraph (text written straight into
    /// a div, which readers treat as a paragraph).
    static let minDivCharacters = 80

    private mutating func readParagraph(_ tree: Tree, _ id: Tree.NodeID) {
        let isDiv = tree[id].tag == .div
        let raw: String
        if isDiv {
            // Only the div's own text: its descendants' text belongs to their own paragraphs. Most divs
            // have too little of it, which their byte count shows before any string is built.
            var ownBytes = 0
            var child = tree[id].firstChild
            while child != Tree.none {
                if tree.nodes[Int(child)].kind == .text { ownBytes += Int(tree.nodes[Int(child)].visibleLength) + 1 }
                child = tree.nodes[Int(child)].nextSibling
            }
            guard ownBytes >= Self.minDivCharacters else { return }
            raw = tree.children(of: id).filter { tree[$0].kind == .text }.map { tree[$0].text }.joined(
                separator: " ")
        } else {
            // The text's bytes bound its characters (cleaning and entity decoding never add any):
            // short paragraphs are ruled out before their text is joined and cleaned.
            var bytes = 0
            tree.forEachDescendant(of: id) { node in
                bytes += tree.nodes[Int(node)].text.utf8.count
                return bytes < Self.minParagraphCharacters
            }
            guard bytes >= Self.minParagraphCharacters else { return }
            raw = tree.textContent(of: id)
        }
        // Where the element sits is checked before its text is cleaned: paragraphs in menus and footers
        // come first on many pages.
        guard !BylineTokens.marksByline(ClassTokens.words(tree, id)), !BoilerplateAncestors.contains(tree, id),
            let text = MetadataText.clean(raw, limit: MetadataText.descriptionLimit),
            Self.hasCharacters(text, atLeast: isDiv ? Self.minDivCharacters : Self.minParagraphCharacters),
            Self.isSentenceLike(text),
            !Self.startsLikeByline(text)
        else { return }
        firstParagraph = text
    }

    /// Whether `text` holds ". " or "。", on bytes.
    static func hasSentenceBreak(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if (previous.1 == 0x2E && byte == 0x20) || (previous == (0xE3, 0x80) && byte == 0x82) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// `text.count >= minimum`, walking at most `minimum` characters.
    static func hasCharacters(_ text: String, atLeast minimum: Int) -> Bool {
        text.index(text.startIndex, offsetBy: minimum, limitedBy: text.endIndex) != nil
    }

    /// True for "By Jane Doe"-style lines set as paragraphs.
    static func startsLikeByline(_ text: String) -> Bool {
        let lower = text.prefix(12).lowercased()
        return ["by ", "written by ", "posted by ", "von ", "par "].contains { lower.hasPrefix($0) }
    }

    /// True for prose: a sentence end inside or at the end, or long enough to be prose anyway.
    /// Keeps out labels such as "Weekly Edition for April 23, 2015".
    static func isSentenceLike(_ text: String) -> Bool {
        if hasCharacters(text, atLeast: 100) { return true }
        if hasSentenceBreak(text) { return true }
        guard let last = text.last else { return false }
        return ".!?…:;\"”»)".contains(last)
    }

    private mutating func readMicrodata(_ tree: Tree, _ id: Tree.NodeID) {
        guard let itemprop = tree.attribute(.itemprop, of: id)?.lowercased() else { return }
        let props = itemprop.split(separator: " ")
        if props.contains("headline"), itempropHeadline == nil {
            itempropHeadline = tree.attribute(.content, of: id) ?? tree.textContent(of: id)
        }
        if props.contains("datepublished"), itempropDatePublished == nil {
            itempropDatePublished =
                tree.attribute(.content, of: id) ?? tree.attribute(.datetime, of: id)
                ?? tree.textContent(of: id)
        }
        if props.contains("datemodified"), itempropDateModified == nil {
            itempropDateModified =
                tree.attribute(.content, of: id) ?? tree.attribute(.datetime, of: id)
                ?? tree.textContent(of: id)
        }
        if props.contains("license"), licenses.count < 5,
            let value = tree.attribute(.href, of: id) ?? tree.attribute(.content, of: id)
        {
            licenses.append(value)
        }
        if props.contains("publisher"), itempropPublisher == nil, tree[id].tag != .meta {
            itempropPublisher = Self.itemName(tree, id).flatMap { MetadataText.clean($0) }
        }
    }

    /// The `itemprop="name"` value inside an item, or nil.
    private static func itemName(_ tree: Tree, _ id: Tree.NodeID) -> String? {
        var found: String?
        tree.forEachDescendant(of: id) { child in
            guard found == nil else { return false }
            if tree[child].kind == .element, tree.attribute(.itemprop, of: child)?.lowercased() == "name" {
                found = tree.attribute(.content, of: child) ?? tree.textContent(of: child)
            }
            return true
        }
        return found
    }

    /// Elements that never hold a byline's text themselves.
    static let nonBylineElements: HTMLTagSet = [.html, .body, .head, .img, .picture, .figure, .button, .form, .input]

    private mutating func readByline(_ tree: Tree, _ id: Tree.NodeID, _ words: [Substring]) {
        guard bylines.count < Self.maxBylines else { return }
        let tag = tree.nodes[Int(id)].tag
        var strength: Int?
        if let itemprop = tree.attribute(.itemprop, of: id)?.lowercased(),
            itemprop.split(separator: " ").contains(where: { $0 == "author" || $0 == "creator" })
        {
            strength = 0
        } else if tag == .a, let rel = tree.attribute(.rel, of: id)?.lowercased(),
            rel.split(separator: " ").contains("author")
        {
            strength = 1
        } else if !words.isEmpty && BylineTokens.marksByline(words) {
            strength = 2
        }
        guard let strength, !Self.nonBylineElements.contains(tag), !BylineTokens.isInsideComments(tree, id)
        else { return }
        var text: String?
        if strength == 0 { text = Self.itemName(tree, id) }
        if text == nil { text = Self.boundedText(tree, id, limit: Self.maxBylineText) }
        if let text { bylines.append((text, strength)) }
    }

    /// Text below `id`, or nil when it exceeds `limit` bytes (such elements are not bylines).
    private static func boundedText(_ tree: Tree, _ id: Tree.NodeID, limit: Int) -> String? {
        var result = ""
        var tooLong = false
        tree.forEachDescendant(of: id) { node in
            if tooLong { return false }
            let child = tree[node]
            if child.kind == .text {
                result += " " + child.text
                if result.utf8.count > limit { tooLong = true }
            } else if child.tag == .script || child.tag == .style || child.tag == .time {
                // Dates next to the name are not part of it.
                return false
            }
            return true
        }
        return tooLong ? nil : result
    }
}

/// The words of an element's `class` and `id`: tokens split at whitespace, `-` and `_`, lower-cased.
/// Matching whole words avoids substring accidents ("authorize", "thumbnail-author-photo" is caught by
/// the exclusion words instead).
enum ClassTokens {
    /// Whether one of `fragments` occurs (in any ASCII case) in the class or id value of `id`: when
    /// none does, no word that contains one of them is among `words(tree, id)`.
    static func mayHaveWord(_ tree: Tree, _ id: Tree.NodeID, _ fragments: FragmentSet) -> Bool {
        fragments.occurs(in: tree.attribute(.class, of: id)) || fragments.occurs(in: tree.attribute(.id, of: id))
    }

    /// Whether a class/id word of `id` is in `words`; `fragments` (every word contains one of them)
    /// rules out most elements before their values are split.
    static func hasWord(_ tree: Tree, _ id: Tree.NodeID, in words: NameSet, screenedBy fragments: FragmentSet) -> Bool {
        mayHaveWord(tree, id, fragments) && self.words(tree, id).contains(where: words.contains)
    }

    static func words(_ tree: Tree, _ id: Tree.NodeID) -> [Substring] {
        let classValue = tree.attribute(.class, of: id)
        let idValue = tree.attribute(.id, of: id)
        if classValue == nil && idValue == nil { return [] }
        let value = (classValue ?? "") + " " + (idValue ?? "")
        if value.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (nearly every class): lower-case and split bytes, no Character iteration.
            let lowered = LowerCase.lowercasedIfNeeded(value)
            return lowered.utf8.split(whereSeparator: isSeparator).map(Substring.init)
        }
        return value.lowercased().split(whereSeparator: {
            $0 == " " || $0 == "-" || $0 == "_" || $0.isWhitespace
        })
    }

    /// The separators of the Character split above, as bytes: space, `-`, `_`, tab, LF, FF, CR.
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 45 || byte == 95 || byte == 9 || byte == 10 || byte == 12 || byte == 13
    }
}

/// Whether a node sits in page furniture rather than the article: by tag (nav, header, footer, aside, form)
/// or by class/id words of an ancestor. Only used to pick a fallback description paragraph.
enum BoilerplateAncestors {
    static let tags: HTMLTagSet = [.nav, .header, .footer, .aside, .form, .figure, .figcaption, .menu]
    /// Must not hit article wrappers: "article-header" is excluded via "header" only on the tag, not the word.
    static let words: Set<Substring> = [
        "nav", "navbar", "navigation", "menu", "footer", "sidebar", "comment", "comments", "cookie",
        "cookies",
        "consent", "banner", "newsletter", "subscribe", "promo", "breadcrumb", "breadcrumbs",
        "masthead",
        "related", "share", "social", "caption", "disclaimer", "alert", "modal", "popup",
    ]

    /// Every word above contains itself: a class/id value in which none occurs (in any case) has none
    /// of the words, and is not split.
    private static let fragments = FragmentSet(words.map(String.init))
    private static let wordSet = NameSet(words.map(String.init))

    static func contains(_ tree: Tree, _ id: Tree.NodeID) -> Bool {
        var current = tree[id].parent
        var steps = 0
        while current != Tree.none && steps < 60 {
            let node = tree[current]
            // `<html>`/`<body>` classes describe the page (WordPress "comments-open", "feature-footer-v2").
            if node.kind == .element && node.tag != .body && node.tag != .html {
                if tags.contains(node.tag) { return true }
                if ClassTokens.hasWord(tree, current, in: wordSet, screenedBy: fragments) { return true }
            }
            current = node.parent
            steps += 1
        }
        return false
    }
}
