public import WinnowCore

/// Renders an article as one small, well-formed XML document.
///
/// Schema (elements in this order; a metadata element is left out when its value is unknown, a list element
/// when it is empty):
/// ```xml
/// <?xml version="1.0" encoding="UTF-8"?>
/// <article>
///   <title/> <author/> <authors><name/>...</authors> <date/> <date_modified/> <url/> <hostname/>
///   <sitename/> <description/> <language/> <categories><category/>...</categories> <tags><tag/>...</tags>
///   <image/> <license/> <page_type/> <fingerprint/> <id/> <source/>
///   <text>
///     <head level="2">heading</head>
///     <p>paragraph</p>
///     <list ordered="false"><item>one</item>...</list>
///     <table><row><cell>a</cell>...</row>...</table>
///     <quote>quotation</quote>
///     <code xml:space="preserve">verbatim code</code>
///   </text>
/// </article>
/// ```
/// Text is escaped (`&amp; &lt; &gt; &quot; &apos;`, so `]]>` and `<script>` are plain text), carriage
/// returns are written as `&#xD;` so parsers keep them, and characters XML 1.0 forbids (C0 controls other
/// than tab, LF and CR; U+FFFE, U+FFFF) are removed.
public enum XMLRenderer {
    /// The document, ending in a newline.
    /// - Parameters:
    ///   - article: the cleaned page.
    ///   - origin: the input's path or URL, written as `<source>`.
    public static func render(_ article: Article, origin: String) -> String {
        let meta = article.metadata
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article>\n"
        func element(_ name: String, _ value: String?) {
            guard let value else { return }
            out += "  <\(name)>\(escape(value))</\(name)>\n"
        }
        func list(_ name: String, _ itemName: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            out += "  <\(name)>" + values.map { "<\(itemName)>\(escape($0))</\(itemName)>" }.joined() + "</\(name)>\n"
        }
        element("title", meta.title)
        element("author", meta.author)
        list("authors", "name", meta.authors)
        element("date", meta.date)
        element("date_modified", meta.dateModified)
        element("url", meta.url)
        element("hostname", meta.hostname)
        element("sitename", meta.sitename)
        element("description", meta.description)
        element("language", meta.language)
        list("categories", "category", meta.categories)
        list("tags", "tag", meta.tags)
        element("image", meta.image)
        element("license", meta.license)
        element("page_type", meta.pageType)
        element("fingerprint", meta.fingerprint)
        element("id", meta.id)
        element("source", origin)
        out += "  <text>\n"
        for block in article.blocks { out += "    " + render(block) + "\n" }
        out += "  </text>\n</article>\n"
        return out
    }

    /// One block as one line of XML (code keeps its own newlines).
    static func render(_ block: Block) -> String {
        switch block {
        case .heading(let level, let text):
            return "<head level=\"\(level)\">\(escape(text))</head>"
        case .paragraph(let text):
            return "<p>\(escape(text))</p>"
        case .list(let ordered, let items):
            return "<list ordered=\"\(ordered)\">" + items.map { "<item>\(escape($0))</item>" }.joined() + "</list>"
        case .quote(let text):
            return "<quote>\(escape(text))</quote>"
        case .table(let rows):
            let body = rows.map { row in "<row>" + row.map { "<cell>\(escape($0))</cell>" }.joined() + "</row>" }
            return "<table>" + body.joined() + "</table>"
        case .code(let text):
            return "<code xml:space=\"preserve\">\(escape(text))</code>"
        }
    }

    /// `text` escaped for element content and attribute values, without characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text, apostrophe: "&apos;", escapeCarriageReturn: true)
    }
}
