import Testing
import WinnowCore

@testable import Clean

@Suite struct ExplainTests {
    static let page = """
        <html><head><title>Budget</title></head><body>
        <nav class="main-nav"><a href="/">Home</a><a href="/news">News</a></nav>
        <article><p>The council approved the budget on Tuesday after a debate about schools, roads and buses.</p>
        <p>Officials said the plan, which takes effect in January, adds three bus lines and repairs roads.</p>
        <p>Follow us on Telegram for more news.</p></article>
        <div class="cookie-banner">We use cookies to improve your experience.</div>
        </body></html>
        """

    func clean(_ options: CleanOptions) throws -> Article {
        try Cleaner(options: options).clean(FetchedPage(bytes: Array(Self.page.utf8), origin: "t"))
    }

    @Test func reportNamesEveryRemovedBlockAndItsRule() throws {
        let report = try #require(try clean(CleanOptions(explain: true)).report)
        let byExcerpt = Dictionary(report.removals.map { ($0.excerpt, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byExcerpt["HomeNews"]?.rule == "tag:nav")
        #expect(byExcerpt["We use cookies to improve your experience."]?.category == "consent")
        #expect(byExcerpt["Follow us on Telegram for more news."]?.rule == "phrase:social")
        #expect(report.strategy == "article-element")
        #expect(report.containers.count == 1 && report.containers[0].hasSuffix("article"))
        #expect(report.encodingSource == "defaulted" || report.encodingSource == "detected")
    }

    @Test func noReportUnlessAsked() throws {
        #expect(try clean(CleanOptions()).report == nil)
    }

    @Test func focusMovesTheTradeOff() throws {
        // A short, link-heavy paragraph inside the article: kept for recall, dropped otherwise.
        let html = """
            <html><body><article>
            <p>The council approved the budget on Tuesday after a long debate about schools, roads and buses.</p>
            <p>See <a href="/a">the full budget documents and the council's presentation</a> online.</p>
            <p>Officials said the plan, which takes effect in January, adds three bus lines and repairs roads.</p>
            </article></body></html>
            """
        func text(_ focus: CleanOptions.Focus) throws -> String {
            try Cleaner(options: CleanOptions(focus: focus)).clean(FetchedPage(bytes: Array(html.utf8), origin: "f")).text
        }
        #expect(try text(.recall).contains("full budget documents"))
        #expect(try !text(.precision).contains("full budget documents"))
    }
}
