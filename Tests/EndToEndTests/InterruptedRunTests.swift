import Foundation
import Testing

/// Two runs on one output folder, and runs that were killed and resumed (issue 7).
@Suite struct InterruptedRunTests {
    /// Waits until `condition` holds, checking every 50 ms; false after `seconds` (a generous bound that
    /// only stops a broken test from hanging, never a timing claim).
    func eventually(within seconds: Double = 120, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }

    @Test func aSecondRunOnABusyFolderIsRefusedAndAKilledRunResumes() throws {
        let fixture = try SafetyFixture(pages: 6)
        defer { fixture.remove() }
        // The first run hangs on page 4 (watchdog off), so it is still running while the second starts.
        let first = Process()
        first.executableURL = CLITests.executable
        first.arguments = ["clean", fixture.input.path, "-o", fixture.output.path, "-f", "txt,json,jsonl",
            "--jobs", "1", "--max-seconds", "0", "-q"]
        first.environment = ProcessInfo.processInfo.environment.merging(["WINNOW_TEST_FAULT": "hang:page-004"]) { $1 }
        first.standardError = FileHandle.nullDevice
        try first.run()
        let journal = fixture.output.appendingPathComponent(".winnow-journal")
        let reachedPage4 = eventually {
            (try? String(contentsOf: journal, encoding: .utf8))?.contains("page-004") == true
        }
        #expect(reachedPage4)

        let second = try runWinnow(["clean", fixture.input.path, "-o", fixture.output.path, "-q"])
        #expect(second.status == 3)
        #expect(second.stderr.contains("in use by another winnow run"))
        #expect(second.stderr.contains(fixture.output.path))
        // `winnow fetch` and `winnow run` take the same lock before touching the folder (port 9: discard,
        // never contacted since the lock is refused first).
        let fetch = try runWinnow(["fetch", "http://127.0.0.1:9/", "-o", fixture.output.path, "-q"])
        #expect(fetch.status == 3)
        #expect(fetch.stderr.contains("in use by another winnow run"))

        // kill -9 the supervisor: its worker notices and stops, and the folder is usable again.
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let resumed = try runWinnow(
            ["clean", fixture.input.path, "-o", fixture.output.path, "-f", "txt,json,jsonl", "--resume", "-q"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let entries = try fixture.manifest()
        #expect(entries.count == 6 && Set(entries.map(\.input)).count == 6)
        #expect(entries.allSatisfy { $0.status == "ok" })
        let articles = try String(contentsOf: fixture.output.appendingPathComponent("articles.jsonl"), encoding: .utf8)
        let sources = try articles.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["source"] as? String
        }
        #expect(sources.count == 6 && Set(sources).count == 6)
        #expect(!fixture.outputFiles().contains { $0.contains(".tmp-") })
    }

    @Test func resumeSkipsFinishedPagesCompactsAndRemovesTempFiles() throws {
        let fixture = try SafetyFixture(pages: 4)
        defer { fixture.remove() }
        let arguments = ["clean", fixture.input.path, "-o", fixture.output.path, "-f", "txt,jsonl"]
        #expect(try runWinnow(arguments + ["-q"]).status == 0)
        // Simulate a kill: page 4's manifest line missing, its articles line written twice, a temp file left.
        let manifestURL = fixture.output.appendingPathComponent("manifest.jsonl")
        let lines = try String(contentsOf: manifestURL, encoding: .utf8).split(separator: "\n")
        let dropped = try #require(lines.first { $0.contains("page-004") })
        try Data(lines.filter { $0 != dropped }.map { $0 + "\n" }.joined().utf8).write(to: manifestURL)
        let articlesURL = fixture.output.appendingPathComponent("articles.jsonl")
        let articles = try String(contentsOf: articlesURL, encoding: .utf8)
        let page4 = try #require(articles.split(separator: "\n").first { $0.contains("page-004") })
        try Data((articles + page4 + "\n").utf8).write(to: articlesURL)
        try Data("half".utf8).write(to: fixture.output.appendingPathComponent(".page-004.txt.tmp-00000000deadbeef"))

        let resumed = try runWinnow(arguments + ["--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("1 pages"), "only the unfinished page is cleaned: \(resumed.stderr)")
        let entries = try fixture.manifest()
        #expect(entries.count == 4 && Set(entries.map(\.input)).count == 4)
        let records = try String(contentsOf: articlesURL, encoding: .utf8).split(separator: "\n")
        #expect(records.count == 4)
        #expect(!fixture.outputFiles().contains { $0.contains(".tmp-") })
    }

    @Test func resumeWithoutAnOutputFolderIsAUsageError() throws {
        #expect(try runWinnow(["clean", "a.html", "--resume"]).status == 64)
    }
}
