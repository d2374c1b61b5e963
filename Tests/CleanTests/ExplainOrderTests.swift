import Testing
import WinnowCore

@testable import Clean

/// The document positions that let the explain view interleave kept blocks and removals.
@Suite struct ExplainOrderTests {
    @Test func keptBlocksAndRemovalsCarryDocumentPositions() throws {
        let article = try Cleaner(options: CleanOptions(explain: true))
            .clean(FetchedPage(bytes: Array(ExplainTests.page.utf8), origin: "t"))
        let report = try #require(article.report)
        let order = try #require(report.blockOrder)
        #expect(order.count == article.blocks.count)
        #expect(order == order.sorted())
        let position = { (excerpt: String) in report.removals.first { $0.excerpt == excerpt }?.order }
        let nav = try #require(position("HomeNews"))
        let telegram = try #require(position("Follow us on Telegram for more news."))
        let cookies = try #require(position("We use cookies to improve your experience."))
        // nav, the two kept paragraphs, the dropped call to action, then the cookie banner.
        #expect(nav < order[0])
        #expect(order[order.count - 1] < telegram)
        #expect(telegram < cookies)
    }

    @Test func positionsOfKeptBlocksFollowTheRenderedOnes() {
        let rendered = [
            RenderedBlock(block: .paragraph("a"), linkShare: 0, node: 3),
            RenderedBlock(block: .paragraph("b"), linkShare: 0, node: 5),
            RenderedBlock(block: .paragraph("c"), linkShare: 0, node: 9),
        ]
        #expect(ReportBuilder.positions(of: [.paragraph("a"), .paragraph("c")], in: rendered) == [3, 9])
        #expect(ReportBuilder.positions(of: [.paragraph("c"), .paragraph("a")], in: rendered) == nil)
        #expect(ReportBuilder.positions(of: [.paragraph("json-ld")], in: rendered) == nil)
    }
}
