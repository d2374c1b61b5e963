import Foundation
import Testing

/// `winnow clean --stdin-jsonl`: one result line per input line, in order, errors as records.
@Suite struct StdinJSONLTests {
    let cli = CLITests()

    /// Runs winnow feeding `input` from another thread, so a large stream cannot dead-lock on full pipes.
    func stream(_ input: Data, _ arguments: [String] = []) throws -> CLITests.Result {
        let process = Process()
        process.executableURL = CLITests.executable
        process.arguments = ["clean", "--stdin-jsonl"] + arguments
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Feed stdin and drain stderr on their own threads while this one reads stdout.
        final class Collected: @unchecked Sendable { var errors = Data() }
        let collected = Collected()
        let helpers = DispatchGroup()
        DispatchQueue.global().async(group: helpers) {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: helpers) {
            collected.errors = stderr.fileHandleForReading.readDataToEndOfFile()
        }
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        helpers.wait()
        return CLITests.Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: collected.errors, as: UTF8.self))
    }

    func records(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    func jsonLine(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    func sample(_ name: String) throws -> String {
        try String(contentsOf: CLITests.samples.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func everyLineGetsOneRecordInOrderAndBadLinesBecomeErrors() throws {
        let input = [
            try jsonLine(["url": "https://example.org/a", "html": try sample("semantic-html5.html")]),
            "{not json",
            "",
            try jsonLine(["url": "https://example.org/no-html"]),
            "[1, 2]",
            try jsonLine(["html": "<html><body><article><p>A page that came without any URL, long enough to be a paragraph of text.</p></article></body></html>"]),
            try jsonLine(["url": "https://example.org/empty", "html": ""]),
        ].joined(separator: "\n") + "\n"
        let result = try stream(Data(input.utf8), ["--jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = try records(result.stdout)
        try #require(output.count == 7)
        #expect(output.map { $0["line"] as? Int } == Array(1...7))
        #expect(output.map { $0["status"] as? String } == ["ok", "error", "error", "error", "error", "ok", "empty"])
        #expect(output[0]["url"] as? String == "https://example.org/a")
        #expect(output[3]["url"] as? String == "https://example.org/no-html")
        #expect((output[1]["error"] as? String)?.contains("line 2") == true)
        #expect((output[3]["error"] as? String)?.contains("html") == true)
        for record in output where record["status"] as? String == "error" { #expect(record["article"] is NSNull) }
        let article = try #require(output[5]["article"] as? [String: Any])
        #expect((article["text"] as? String)?.contains("came without any URL") == true)
        #expect(article["source"] as? String == "stdin:6")
    }

    @Test func articlesEqualWhatCleanWritesForTheSameFile() throws {
        // A record's `html` is text: pages in legacy encodings (the windows-1251 sample) cannot be one.
        let names = try FileManager.default.contentsOfDirectory(atPath: CLITests.samples.path)
            .filter { $0.hasSuffix(".html") && (try? sample($0)) != nil }.sorted()
        #expect(names.count >= 9)
        let input = try names.map { try jsonLine(["url": "https://example.org/\($0)", "html": try sample($0)]) }
        let result = try stream(Data((input.joined(separator: "\n") + "\n").utf8), ["--jobs", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = try records(result.stdout)
        try #require(output.count == names.count)
        for (name, record) in zip(names, output) {
            let url = "https://example.org/\(name)"
            #expect(record["url"] as? String == url)
            let direct = try cli.run(["clean", CLITests.samples.appendingPathComponent(name).path, "-f", "json", "--url", url])
            let expected = try #require(try JSONSerialization.jsonObject(with: Data(direct.stdout.utf8)) as? [String: Any])
            let article = record["article"] as? [String: Any]
            #expect(article?["text"] as? String == expected["text"] as? String, "\(name)")
            #expect(article?["title"] as? String == expected["title"] as? String, "\(name)")
        }
    }

    @Test func aLongStreamKeepsItsOrderUnderParallelism() throws {
        let count = 300
        let lines = try (1...count).map { index in
            // Pages of very different sizes finish out of order.
            let paragraphs = String(repeating: "<p>Paragraph of page \(index), with enough words to count as prose.</p>", count: 1 + (index * 37) % 60)
            return try jsonLine(["url": "https://example.org/\(index)", "html": "<html><body><article>\(paragraphs)</article></body></html>"])
        }
        let result = try stream(Data((lines.joined(separator: "\n") + "\n").utf8), ["--jobs", "4"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = try records(result.stdout)
        #expect(output.map { $0["url"] as? String } == (1...count).map { "https://example.org/\($0)" })
        #expect(output.allSatisfy { $0["status"] as? String == "ok" })
    }

    @Test func aLineOverTheLimitIsAnErrorRecordAndTheStreamGoesOn() throws {
        let big = try jsonLine(["url": "https://example.org/big", "html": String(repeating: "x", count: 5000)])
        let small = try jsonLine(["url": "https://example.org/small", "html": "<p>Small page with a sentence of text in it.</p>"])
        let result = try stream(Data("\(big)\n\(small)".utf8), ["--max-bytes", "1000"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = try records(result.stdout)
        try #require(output.count == 2)
        #expect(output[0]["status"] as? String == "error")
        #expect((output[0]["error"] as? String)?.contains("limit") == true)
        #expect(output[1]["url"] as? String == "https://example.org/small")
    }

    @Test func aClientMayWaitForEachAnswerBeforeSendingTheNextLine() throws {
        let process = Process()
        process.executableURL = CLITests.executable
        process.arguments = ["clean", "--stdin-jsonl", "--jobs", "3"]
        let (stdin, stdout) = (Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        // If winnow waited for more input before answering, this test would hang: stop it instead.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        defer { watchdog.cancel() }
        var pending = Data()
        for index in 1...4 {
            let html = "<html><body><article><p>Answer number \(index) arrives before the next question is asked.</p></article></body></html>"
            stdin.fileHandleForWriting.write(Data((try jsonLine(["url": "https://example.org/\(index)", "html": html]) + "\n").utf8))
            while !pending.contains(UInt8(ascii: "\n")) {
                let chunk = stdout.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                pending.append(chunk)
            }
            let newline = try #require(pending.firstIndex(of: UInt8(ascii: "\n")), "no answer to line \(index)")
            let record = try #require(try JSONSerialization.jsonObject(with: pending[..<newline]) as? [String: Any])
            pending = Data(pending[(newline + 1)...])
            #expect(record["line"] as? Int == index)
            #expect(record["url"] as? String == "https://example.org/\(index)")
        }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func optionsThatDoNotApplyAreUsageErrors() throws {
        #expect(try cli.run(["clean", "--stdin-jsonl", "-o", cli.temporaryFolder().path]).status == 64)
        #expect(try cli.run(["clean", "--stdin-jsonl", "page.html"]).status == 64)
        #expect(try cli.run(["clean", "--stdin-jsonl", "-f", "md"]).status == 64)
        #expect(try cli.run(["clean"]).status == 64)
    }
}
