import Foundation
import TestSupport
import Testing
import WinnowCore

@testable import Export

@Suite struct ExplainViewRendererTests {
    static let hostile = "<script>alert(1)</script> & \"quotes\" 'single'"

    /// A page whose text, metadata and report all carry markup.
    static var hostileArticle: Article {
        var metadata = Metadata(title: "Title " + hostile, url: "https://example.com/a", hostname: "example.com")
        metadata.sources = ["title": "json-ld", "url": "html"]
        let report = ExtractionReport(
            strategy: "density", containers: ["body > div#main<script>"], encoding: "UTF-8", encodingSource: "meta",
            removals: [
                ExtractionReport.Removal(
                    excerpt: "Menu " + hostile, path: "body > nav", category: "navigation", rule: "tag:nav", order: 2),
                ExtractionReport.Removal(
                    excerpt: "Subscribe", path: "body > div.x\"><script>", category: "news\"letter<b>",
                    rule: "class:<i>", order: 9),
                ExtractionReport.Removal(excerpt: "Repeated", path: "", category: "repeated", rule: "batch-repeated"),
            ],
            blockOrder: [5, 7, 8])
        return Article(
            metadata: metadata,
            blocks: [
                .heading(level: 2, text: "Head"), .paragraph("Article says " + hostile), .code("<script>x</script>"),
            ],
            report: report)
    }

    @Test func pageTextIsEscapedAndNoScriptExists() throws {
        let html = ExplainViewRenderer.render(Self.hostileArticle, origin: "in/<script>.html")
        let check = HTMLViewCheck(html)
        #expect(check.isWellFormed, "\(check.parseError ?? "")")
        #expect(check.count(of: "script") == 0)
        #expect(check.externalReferencesAndHandlers.isEmpty, "\(check.externalReferencesAndHandlers)")
        #expect(!html.contains("<script"))
        #expect(
            html.contains("Article says &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;"))
        #expect(check.text.contains("Article says " + Self.hostile))
        // The category becomes a class fragment of [a-z0-9-] only.
        #expect(html.contains("c-news-letter-b-"))
    }

    @Test func blocksAndRemovalsAreInterleavedInDocumentOrder() throws {
        let html = ExplainViewRenderer.render(Self.hostileArticle, origin: "x")
        let positions = ["Menu &lt;script", "Head", "Article says", "&lt;script&gt;x", "Subscribe", "Repeated"]
            .map { html.range(of: $0)?.lowerBound }
        let found = try positions.map { try #require($0) }
        #expect(found == found.sorted())
    }

    @Test func removedBlocksCarryRuleReasonAndCategory() {
        let html = ExplainViewRenderer.render(Self.hostileArticle, origin: "x")
        #expect(html.contains("title=\"removed as navigation by tag:nav: a &lt;nav&gt; element"))
        #expect(html.contains("<span class=\"sr\">removed as navigation by tag:nav"))
        #expect(html.contains("class=\"blk rm c-navigation\" tabindex=\"0\""))
        #expect(html.contains("<del>Menu &lt;script&gt;"))
        #expect(html.contains(".c-navigation {"))
    }

    @Test func strategyContainersEncodingAndSourcesAreShown() {
        let html = ExplainViewRenderer.render(Self.hostileArticle, origin: "x")
        #expect(html.contains("<code>density</code>"))
        #expect(html.contains("<code>body &gt; div#main&lt;script&gt;</code>"))
        #expect(html.contains("<code>UTF-8</code>"))
        #expect(html.contains("<tr><th scope=\"row\">title</th><td class=\"wrap\">Title &lt;script&gt;"))
        #expect(html.contains("<td><code>json-ld</code></td>"))
    }

    @Test func withoutPositionsKeptBlocksComeFirst() {
        var article = Self.hostileArticle
        article.report?.blockOrder = nil
        let items = ExplainViewRenderer.readingOrder(article)
        #expect(items.count == 6)
        if case .kept = items[2], case .removed = items[3] {} else { Issue.record("kept blocks first: \(items)") }
    }

    @Test func withoutAReportTheViewStillRenders() {
        let html = ExplainViewRenderer.render(everyBlockArticle, origin: "x")
        let check = HTMLViewCheck(html)
        #expect(check.isWellFormed, "\(check.parseError ?? "")")
        #expect(html.contains("cleaned without explain"))
        #expect(html.contains("b|c"))
    }

    @Test func controlCharactersAreDropped() {
        #expect(HTMLView.escape("a\u{0}b\u{1B}c\td") == "abc\td")
    }
}
