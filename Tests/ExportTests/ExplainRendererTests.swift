import Foundation
import Testing
import WinnowCore

@testable import Export

@Suite struct ExplainRendererTests {
    @Test func rendersReportAndMetadataSourcesAsJSON() throws {
        var metadata = Metadata(title: "T")
        metadata.sources = ["title": "opengraph", "date": "json-ld"]
        let report = ExtractionReport(
            strategy: "density", containers: ["body > div#main"], encoding: "UTF-8", encodingSource: "meta",
            removals: [ExtractionReport.Removal(excerpt: "We use \"cookies\"", path: "body > div.cookie", category: "consent", rule: "class:consent")])
        let article = Article(metadata: metadata, blocks: [.paragraph("x")], report: report)
        let text = try #require(ExplainRenderer.render(article, origin: "in/a.html"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["strategy"] as? String == "density")
        #expect((object["metadata_sources"] as? [String: String])?["date"] == "json-ld")
        let removed = try #require(object["removed"] as? [[String: String]])
        #expect(removed.first?["excerpt"] == "We use \"cookies\"")
        #expect(removed.first?["rule"] == "class:consent")
    }

    @Test func nothingWithoutAReport() {
        #expect(ExplainRenderer.render(Article(metadata: Metadata(), blocks: []), origin: "x") == nil)
    }
}

@Suite struct JSONSourcesTests {
    @Test func explainedArticlesCarrySourcesInTheirJSON() throws {
        var metadata = Metadata(title: "T")
        metadata.sources = ["title": "opengraph"]
        let plain = Article(metadata: metadata, blocks: [])
        var explained = plain
        explained.report = ExtractionReport(strategy: "density", containers: [], encoding: "UTF-8", encodingSource: "meta", removals: [])
        #expect(!JSONRenderer.renderLine(plain, origin: "x").contains("\"sources\""))
        let line = JSONRenderer.renderLine(explained, origin: "x")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect((object["sources"] as? [String: String])?["title"] == "opengraph")
    }
}
