public import WinnowCore

/// Renders one cleaned page as a self-contained HTML explain view (`winnow explain`, `--explain-html`).
///
/// At the top: the container strategy, the containers' paths and the encoding decision; then the metadata
/// with the source of each field; then the page's blocks in reading order, kept ones plainly and removed ones
/// struck through, tinted by category, with the rule and a short reason in a `title` (hover) and in visually
/// hidden text (keyboard focus, screen readers). Kept blocks and removals are interleaved by their document
/// position (``ExtractionReport/blockOrder`` and ``ExtractionReport/Removal/order``); without positions, the
/// kept blocks come first and the removals follow in document order. All page text is escaped.
public enum ExplainViewRenderer {
    /// The file name suffix, after the output stem: `OUT/a/b.explain.html`.
    public static let fileSuffix = ".explain.html"

    /// Categories with a colour of their own, as hues; others are drawn grey.
    static let categoryHues: [(name: String, hue: Int)] = [
        ("navigation", 210), ("header", 230), ("footer", 250), ("sidebar", 190), ("consent", 30),
        ("newsletter", 280), ("social", 320), ("donate", 50), ("related", 160), ("comments", 100),
        ("ads", 0), ("author-box", 265), ("hidden", 60), ("script", 15), ("form", 175), ("dialog", 345),
        ("metadata", 130), ("legal", 75), ("credits", 300), ("low-density", 40), ("repeated", 200),
    ]

    /// The view as HTML. Without a report (the page was not cleaned with `explain`), only the metadata and
    /// the kept blocks are shown.
    /// - Parameters:
    ///   - article: the cleaned page, ideally with `report` filled.
    ///   - origin: the input's path or URL, shown under the title.
    public static func render(_ article: Article, origin: String) -> String {
        let report = article.report
        var body = ""
        let title = article.metadata.title ?? "(no title)"
        body += "<header>\n<h1>Explain: \(HTMLView.escape(title))</h1>\n"
        body += "<p class=\"muted\">\(HTMLView.escape(origin))</p>\n</header>\n"
        body += summary(article)
        body += metadataTable(article.metadata)
        if let report, !report.removals.isEmpty { body += legend(report.removals) }
        body += "<section>\n<h2>Blocks in reading order</h2>\n"
        body += "<p class=\"muted\">Kept blocks are shown plainly; removed ones are struck through, tinted by "
            + "category, with the rule on hover or focus.</p>\n<div class=\"blocks\">\n"
        for item in readingOrder(article) {
            switch item {
            case .kept(let block): body += kept(block)
            case .removed(let removal): body += removed(removal)
            }
        }
        body += "</div>\n</section>\n"
        return HTMLView.page(title: "Winnow explain: \(title)", style: style, body: body)
    }

    enum Item {
        case kept(Block)
        case removed(ExtractionReport.Removal)
    }

    /// Kept blocks and removals merged by document position; a kept block goes before a removal at the
    /// same position (a dropped heading's siblings), and items without a position go last.
    static func readingOrder(_ article: Article) -> [Item] {
        guard let report = article.report else { return article.blocks.map(Item.kept) }
        guard let order = report.blockOrder, order.count == article.blocks.count else {
            return article.blocks.map(Item.kept) + report.removals.map(Item.removed)
        }
        var positioned: [(position: Int, rank: Int, item: Item)] = []
        positioned.reserveCapacity(order.count + report.removals.count)
        for (index, block) in article.blocks.enumerated() {
            positioned.append((order[index], positioned.count, .kept(block)))
        }
        for removal in report.removals {
            positioned.append((removal.order ?? Int.max, positioned.count, .removed(removal)))
        }
        positioned.sort { ($0.position, $0.rank) < ($1.position, $1.rank) }
        return positioned.map(\.item)
    }

    private static func summary(_ article: Article) -> String {
        var out = "<section>\n<h2>Extraction</h2>\n<dl class=\"facts\">\n"
        guard let report = article.report else {
            return out + "<dt>Report</dt><dd>none: the page was cleaned without explain</dd>\n</dl>\n</section>\n"
        }
        out += "<dt>Strategy</dt><dd><code>\(HTMLView.escape(report.strategy))</code>"
        out += " <span class=\"muted\">(\(HTMLView.escape(strategyMeaning(report.strategy))))</span></dd>\n"
        out += "<dt>Containers</dt><dd>"
        if report.containers.isEmpty {
            out += "none"
        } else {
            out += report.containers.map { "<code>\(HTMLView.escape($0))</code>" }.joined(separator: "<br/>")
        }
        out += "</dd>\n"
        out += "<dt>Encoding</dt><dd><code>\(HTMLView.escape(report.encoding))</code>"
        out += " <span class=\"muted\">decided by \(HTMLView.escape(report.encodingSource))</span></dd>\n"
        out += "<dt>Result</dt><dd>\(article.blocks.count) blocks kept (\(article.textLength) characters), "
            + "\(report.removals.count) removals</dd>\n"
        return out + "</dl>\n</section>\n"
    }

    private static func strategyMeaning(_ strategy: String) -> String {
        let base = strategy.split(separator: "+").first.map(String.init) ?? strategy
        let meaning: String
        switch base {
        case "itemprop-articleBody": meaning = "an element marked itemprop=articleBody"
        case "content-class": meaning = "an element with a CMS body class"
        case "article-element": meaning = "the <article> element"
        case "density": meaning = "the densest text region, found by scoring"
        case "whole-page": meaning = "nothing scored: the whole page"
        case "json-ld": meaning = "the visible page was a shell: JSON-LD articleBody"
        default: meaning = "see the README"
        }
        return strategy.contains("+preamble") ? meaning + ", plus the lead before it" : meaning
    }

    private static func metadataTable(_ metadata: Metadata) -> String {
        let rows: [(String, String?)] = [
            ("title", metadata.title), ("author", metadata.author), ("date", metadata.date),
            ("date_modified", metadata.dateModified), ("url", metadata.url), ("hostname", metadata.hostname),
            ("sitename", metadata.sitename), ("description", metadata.description), ("language", metadata.language),
            ("categories", list(metadata.categories)), ("tags", list(metadata.tags)), ("image", metadata.image),
            ("license", metadata.license), ("page_type", metadata.pageType), ("fingerprint", metadata.fingerprint),
            ("id", metadata.id),
        ]
        var out = "<section>\n<h2>Metadata</h2>\n<table class=\"meta\">\n"
        out += "<thead><tr><th>field</th><th>value</th><th>source</th></tr></thead>\n<tbody>\n"
        for (field, value) in rows {
            let shown = value.map { HTMLView.escape($0) } ?? "<span class=\"muted\">unknown</span>"
            let source = metadata.sources[field].map { "<code>\(HTMLView.escape($0))</code>" } ?? ""
            out += "<tr><th scope=\"row\">\(field)</th><td class=\"wrap\">\(shown)</td><td>\(source)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private static func list(_ values: [String]) -> String? {
        values.isEmpty ? nil : values.joined(separator: "; ")
    }

    private static func legend(_ removals: [ExtractionReport.Removal]) -> String {
        var counts: [String: Int] = [:]
        for removal in removals { counts[removal.category, default: 0] += 1 }
        var out = "<section>\n<h2>Removed, by category</h2>\n<ul class=\"legend\">\n"
        for (category, count) in counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            out += "<li class=\"rm \(categoryClass(category))\">\(HTMLView.escape(category)) "
                + "<span class=\"muted\">\(count)</span></li>\n"
        }
        return out + "</ul>\n</section>\n"
    }

    private static func categoryClass(_ category: String) -> String {
        "c-" + HTMLView.slug(category)
    }

    private static func kept(_ block: Block) -> String {
        let inner: String
        switch block {
        case .heading(let level, let text):
            inner = "<p class=\"h h\(min(max(level, 1), 6))\">\(HTMLView.escape(text))</p>"
        case .paragraph(let text):
            inner = "<p>\(HTMLView.escape(text))</p>"
        case .list(let ordered, let items):
            let tag = ordered ? "ol" : "ul"
            inner = "<\(tag)>" + items.map { "<li>\(HTMLView.escape($0))</li>" }.joined() + "</\(tag)>"
        case .quote(let text):
            inner = "<blockquote>\(HTMLView.escape(text))</blockquote>"
        case .table(let rows):
            inner = "<table>" + rows.map { row in
                "<tr>" + row.map { "<td>\(HTMLView.escape($0))</td>" }.joined() + "</tr>"
            }.joined() + "</table>"
        case .code(let text):
            inner = "<pre>\(HTMLView.escape(text))</pre>"
        }
        return "<div class=\"blk kept\">\(inner)</div>\n"
    }

    private static func removed(_ removal: ExtractionReport.Removal) -> String {
        let reason = reason(for: removal.rule)
        let summary = "removed as \(removal.category) by \(removal.rule): \(reason)"
        var out = "<div class=\"blk rm \(categoryClass(removal.category))\" tabindex=\"0\" "
        out += "title=\"\(HTMLView.escape(summary))\">"
        out += "<span class=\"sr\">\(HTMLView.escape(summary)). </span>"
        out += "<span class=\"badge\" aria-hidden=\"true\">\(HTMLView.escape(removal.category)) · "
            + "<code>\(HTMLView.escape(removal.rule))</code></span>"
        out += "<p><del>\(HTMLView.escape(removal.excerpt))</del></p>"
        if !removal.path.isEmpty { out += "<p class=\"path\"><code>\(HTMLView.escape(removal.path))</code></p>" }
        return out + "<p class=\"why\" aria-hidden=\"true\">\(HTMLView.escape(reason))</p></div>\n"
    }

    /// A short, human reason for a rule name (`tag:nav`, `class:newsletter`, `phrase:social`, ...).
    static func reason(for rule: String) -> String {
        let parts = rule.split(separator: ":", maxSplits: 1).map(String.init)
        let kind = parts.first ?? rule
        let value = parts.count > 1 ? parts[1] : ""
        switch kind {
        case "tag": return "a <\(value)> element, which holds page furniture rather than the story"
        case "class": return "a class or id token “\(value)” names boilerplate"
        case "role": return "its ARIA role “\(value)” marks it as not the main content"
        case "attr": return "the \(value) attribute hides it from readers"
        case "style": return "its inline style hides it"
        case "phrase": return "its words match the \(value) phrases (calls to action, notices, UI labels)"
        case "link-density": return "mostly link text: a teaser or link list"
        case "outside-container": return "outside the chosen article container"
        case "batch-repeated": return "repeated verbatim across many pages of the site"
        case "heading-of-removed": return "a heading that only introduced removed blocks"
        default: return "rule \(rule)"
        }
    }

    static var style: String {
        var css = """
            .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
            .legend li { padding: .1rem .5rem; border-radius: .25rem; }
            .blocks { display: flex; flex-direction: column; gap: .4rem; }
            .blk { padding: .35rem .7rem; border-left: 4px solid transparent; }
            .blk p { margin: .15rem 0; }
            .blk.kept { border-left-color: #2f7d32; }
            .blk.kept .h { font-weight: 700; font-size: 1.1rem; }
            .blk.kept .h1, .blk.kept .h2 { font-size: 1.25rem; }
            .blk blockquote { margin: .2rem 0 .2rem 1rem; font-style: italic; }
            .blk pre { white-space: pre-wrap; background: #f3f5f8; padding: .4rem; }
            .blk table td { border: 1px solid #e6e9ee; }
            .rm { background: #eceff3; border-left-color: #7a8494; color: #3a4150; }
            .rm del { text-decoration-thickness: 1px; }
            .rm .badge { font-size: .8rem; font-weight: 600; }
            .rm .path, .rm .why { font-size: .8rem; color: #5b6474; overflow-wrap: anywhere; }
            .rm:focus { outline: 3px solid #1a56db; outline-offset: 2px; }

            """
        for (name, hue) in categoryHues {
            css += ".c-\(name) { background: hsl(\(hue), 70%, 93%); border-left-color: hsl(\(hue), 55%, 42%); }\n"
        }
        return css
    }
}
