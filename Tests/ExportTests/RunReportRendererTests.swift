import Foundation
import TestSupport
import Testing
import WinnowCore

@testable import Export

@Suite struct RunReportRendererTests {
    static var statistics: RunStatistics {
        var stats = RunStatistics()
        for index in 0..<30 {
            stats.record(
                RunStatistics.Page(
                    input: "in/page\(index).html", status: index % 10 == 0 ? .empty : .ok,
                    host: index % 3 == 0 ? "a.example" : "<script>alert(1)</script>.example",
                    elapsedMilliseconds: Double(index), bytes: 1000 * index, textLength: 100 * index,
                    rules: ["tag:nav": 2, "class:newsletter": index % 2]))
        }
        stats.record(RunStatistics.Page(input: "in/bad.html", status: .error, error: "page has <b>9</b> bytes"))
        stats.record(RunStatistics.Page(input: "in/bad2.html", status: .error, error: "page has <b>9</b> bytes"))
        stats.record(RunStatistics.Page(input: "in/worse.html", status: .error, error: "libxml2 produced no document"))
        return stats
    }

    @Test func countsTotalsTopListsAndHistogram() {
        let stats = Self.statistics
        #expect(stats.pages == 33)
        #expect(stats.count(.ok) == 27)
        #expect(stats.count(.empty) == 3)
        #expect(stats.count(.error) == 3)
        #expect(stats.slowest.count == RunStatistics.topCount)
        #expect(stats.slowest.first?.input == "in/page29.html")
        #expect(stats.largest.map(\.bytes) == (20...29).reversed().map { $0 * 1000 })
        #expect(stats.ruleCounts["tag:nav"] == 60)
        #expect(stats.rulePages["class:newsletter"] == 30)
        #expect(stats.errorGroups["page has <b>9</b> bytes"]?.count == 2)
        #expect(stats.errorGroups["page has <b>9</b> bytes"]?.example == "in/bad.html")
        #expect(stats.textHistogram.reduce(0, +) == 30)
        #expect(stats.hostCounts[RunStatistics.noHostKey] == 3)
    }

    @Test func distinctKeysAreBounded() {
        var stats = RunStatistics()
        for index in 0..<(RunStatistics.maxDistinct + 50) {
            stats.record(RunStatistics.Page(input: "\(index)", status: .error, host: "h\(index)", error: "e\(index)"))
        }
        #expect(stats.hostCounts.count == RunStatistics.maxDistinct + 1)
        #expect(stats.hostCounts[RunStatistics.otherKey] == 50)
        #expect(stats.errorGroups.count == RunStatistics.maxDistinct + 1)
    }

    @Test func reportIsWellFormedSelfContainedAndEscaped() {
        let html = RunReportRenderer.render(Self.statistics, elapsedSeconds: 2, facts: [("Output", "<out>")])
        let check = HTMLViewCheck(html)
        #expect(check.isWellFormed, "\(check.parseError ?? "")")
        #expect(check.count(of: "script") == 0)
        #expect(check.externalReferencesAndHandlers.isEmpty, "\(check.externalReferencesAndHandlers)")
        #expect(check.count(of: "svg") == 3)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;.example"))
        #expect(html.contains("page has &lt;b&gt;9&lt;/b&gt; bytes"))
        #expect(html.contains("<td class=\"num\" id=\"total-ok\">27</td>"))
        #expect(html.contains("<td class=\"num\" id=\"total-error\">3</td>"))
        #expect(html.contains("<code>tag:nav</code></td><td class=\"num\">60</td>"))
        #expect(html.contains("16.5"))  // pages per second: 33 pages in 2 s
    }

    @Test func withoutExplainTheRulesSectionSaysHow() {
        var stats = RunStatistics()
        stats.record(RunStatistics.Page(input: "a", status: .ok, host: "x"))
        stats.record(RunStatistics.Page(input: "b", status: .ok, host: "x"))
        let html = RunReportRenderer.render(stats, elapsedSeconds: 0)
        #expect(html.contains("Run with <code>--explain</code>"))
        #expect(HTMLViewCheck(html).isWellFormed)
    }

    @Test func formatsNumbersWithFixedDecimals() {
        #expect(RunReportRenderer.format(16.5, 1) == "16.5")
        #expect(RunReportRenderer.format(2.005, 2) == "2.01" || RunReportRenderer.format(2.005, 2) == "2.00")
        #expect(RunReportRenderer.format(0, 2) == "0.00")
        #expect(RunReportRenderer.format(3.04, 2) == "3.04")
        #expect(RunReportRenderer.format(7, 0) == "7")
    }
}
