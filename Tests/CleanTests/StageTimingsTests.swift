import Testing
import WinnowCore

@testable import Clean

/// `winnow bench --stages` relies on timing changing nothing and charging every stage.
@Suite struct StageTimingsTests {
    private let page = FetchedPage(
        bytes: Array(
            """
            <html><head><title>T</title></head><body><nav><a href="/">Home</a></nav>
            <article><h1>Headline</h1><p>\(String(repeating: "A sentence of the story, with commas. ", count: 20))</p></article>
            </body></html>
            """.utf8), origin: "timed.html")

    @Test func timedCleanGivesTheSameArticleAndChargesTheStages() throws {
        var timings: StageTimings? = StageTimings()
        let timed = try Cleaner().clean(page, timings: &timings)
        let plain = try Cleaner().clean(page)
        #expect(timed.text == plain.text && timed.metadata.title == plain.metadata.title)
        let recorded = try #require(timings)
        #expect(recorded.total > 0)
        #expect(recorded.nanoseconds[StageTimings.Stage.parsing.rawValue] > 0)
    }

    @Test func addAndMinimumCombinePerStage() {
        var a = StageTimings(), b = StageTimings()
        a.start()
        a.lap(.parsing)
        b.start()
        b.lap(.metadata)
        var sum = a
        sum.add(b)
        #expect(sum.total == a.total + b.total)
        var minimum = sum
        minimum.keepMinimum(a)
        #expect(minimum.nanoseconds == a.nanoseconds.indices.map { min(sum.nanoseconds[$0], a.nanoseconds[$0]) })
    }
}
