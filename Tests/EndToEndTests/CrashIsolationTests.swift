import Foundation
import Testing

/// A page that crashes or hangs `winnow clean`'s worker costs that page only (issue 7). The crash and
/// the hang come from the documented test hook `WINNOW_TEST_FAULT`, honoured by worker processes only.
@Suite struct CrashIsolationTests {
    func expectEveryInputOnce(_ fixture: SafetyFixture, pages: Int) throws {
        let inputs = try fixture.manifest().map(\.input)
        #expect(inputs.count == pages)
        #expect(Set(inputs).count == pages, "every input exactly once")
        #expect(!fixture.outputFiles().contains { $0.contains(".tmp-") }, "no temp files left")
    }

    /// Cleans `fixture`'s pages with the test hook set to `fault`, then checks the run ended with exit 1
    /// and every input once in the manifest.
    func clean(_ fixture: SafetyFixture, pages: Int, _ options: [String], fault: String) throws -> CLITests.Result {
        let result = try runWinnow(
            ["clean", fixture.input.path, "-o", fixture.output.path, "-q"] + options,
            environment: ["WINNOW_TEST_FAULT": fault])
        #expect(result.status == 1, "\(result.stderr)")
        try expectEveryInputOnce(fixture, pages: pages)
        return result
    }

    @Test func aPageThatCrashesTheWorkerIsAnErrorAndTheRunFinishes() throws {
        let fixture = try SafetyFixture(pages: 8)
        defer { fixture.remove() }
        let result = try clean(fixture, pages: 8, ["-f", "txt,jsonl", "--jobs", "2"], fault: "crash:page-005")
        let entries = try fixture.manifest()
        let crashed = entries.filter { $0.status == "error" }
        #expect(crashed.map(\.input) == [fixture.input.appendingPathComponent("page-005.html").path])
        #expect(crashed.first?.error?.contains("crashed the worker (signal 11") == true)
        #expect(entries.filter { $0.status == "ok" }.count == 7)
        #expect(result.stderr.contains("page-005.html: crashed the worker"))
        let articles = try String(contentsOf: fixture.output.appendingPathComponent("articles.jsonl"), encoding: .utf8)
        #expect(articles.split(separator: "\n").count == 7)
    }

    @Test func aPageThatHangsTheWorkerIsKilledAndRecorded() throws {
        let fixture = try SafetyFixture(pages: 5)
        defer { fixture.remove() }
        // 3 s, not less: a loaded machine must not push a normal page past the limit.
        _ = try clean(fixture, pages: 5, ["--max-seconds", "3", "--jobs", "2"], fault: "hang:page-002")
        let errors = try fixture.manifest().filter { $0.status == "error" }
        #expect(errors.map(\.input) == [fixture.input.appendingPathComponent("page-002.html").path])
        #expect(errors.first?.error?.hasPrefix("hung: killed after 6 s") == true)
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("page-005.txt").path))
    }

    @Test func twoCrashingPagesCostTwoPages() throws {
        let fixture = try SafetyFixture(pages: 6)
        defer { fixture.remove() }
        _ = try clean(fixture, pages: 6, ["--jobs", "3"], fault: "crash:page-002|crash:page-003")
        let errors = try fixture.manifest().filter { $0.status == "error" }.map { ($0.input as NSString).lastPathComponent }
        #expect(errors.sorted() == ["page-002.html", "page-003.html"])
    }

    @Test func aCrashInTheBatchDedupCensusCostsOnePage() throws {
        let fixture = try SafetyFixture(pages: 4)
        defer { fixture.remove() }
        _ = try clean(fixture, pages: 4, ["--batch-dedup", "--jobs", "2"], fault: "crash:page-001")
        let errors = try fixture.manifest().filter { $0.status == "error" }
        #expect(errors.map { ($0.input as NSString).lastPathComponent } == ["page-001.html"])
    }

    @Test func theHookIsIgnoredOutsideAWorker() throws {
        let fixture = try SafetyFixture(pages: 2)
        defer { fixture.remove() }
        let result = try runWinnow(
            ["clean", fixture.input.path, "-o", fixture.output.path, "--no-isolate", "-q"],
            environment: ["WINNOW_TEST_FAULT": "crash:page-001"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try fixture.manifest().allSatisfy { $0.status == "ok" })
    }
}
