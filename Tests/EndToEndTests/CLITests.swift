import Foundation
import Testing

/// Runs the built `winnow` executable the way users and scripts do.
@Suite struct CLITests {
    static var executable: URL {
        // The test runner sits next to the products it was built with.
        let runner = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return runner.deletingLastPathComponent().appendingPathComponent("winnow")
    }

    static var samples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("winnow-cli-\(UUID().uuidString)")
    }

    @Test func cleansTheSamplesFolderWithAManifestLinePerInput() throws {
        let out = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try run(["clean", Self.samples.path, "-o", out.path, "-f", "txt,json,jsonl,md", "--jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let htmlCount = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path)
            .filter { $0.hasSuffix(".html") }.count
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        let lines = manifest.split(separator: "\n")
        #expect(lines.count == htmlCount)
        var inputs = Set<String>()
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["status"] as? String == "ok")
            inputs.insert(try #require(object["input"] as? String))
        }
        #expect(inputs.count == htmlCount, "every input exactly once")
        let seed = try String(contentsOf: out.appendingPathComponent("seed-syria-news.txt"), encoding: .utf8)
        #expect(seed.contains("massacred 62 civilians"))
        #expect(!seed.contains("Follow us on Telegram"))
        let json = try Data(contentsOf: out.appendingPathComponent("seed-syria-news.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        for key in ["title", "author", "date", "url", "hostname", "sitename", "description", "language", "categories", "tags", "image", "text"] {
            #expect(object.keys.contains(key), "json lacks \(key)")
        }
        let articles = try String(contentsOf: out.appendingPathComponent("articles.jsonl"), encoding: .utf8)
        #expect(articles.split(separator: "\n").count == htmlCount)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("seed-syria-news.md").path))
    }

    @Test func aBadInputIsRecordedAndTheBatchGoesOn() throws {
        let out = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let good = Self.samples.appendingPathComponent("semantic-html5.html").path
        let result = try run(["clean", "/no/such/page.html", good, "-o", out.path, "-q"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/no/such/page.html"))
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        #expect(manifest.contains(#""status":"error""#))
        #expect(manifest.contains(#""status":"ok""#))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("semantic-html5.txt").path))
    }

    @Test func standardInputToStandardOutput() throws {
        let html = "<html><head><title>Piped</title></head><body><article><p>Text that arrived on standard input, long enough to be kept as a paragraph.</p></article></body></html>"
        let result = try run(["clean", "-"], stdin: Data(html.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Piped\n\n"))
        #expect(result.stdout.contains("Text that arrived on standard input"))
    }

    @Test func usageErrorsExitWith64() throws {
        let result = try run(["clean", "a.html", "b.html"])  // two inputs need -o
        #expect(result.status == 64)
        let formats = try run(["clean", "a.html", "-f", "pdf"])
        #expect(formats.status == 64)
    }

    @Test func unusableOutputFolderExitsWith3() throws {
        let blocker = temporaryFolder()
        try Data("file".utf8).write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        let result = try run(["clean", Self.samples.path, "-o", blocker.path])
        #expect(result.status == 3)
    }
}

@Suite struct BatchDedupTests {
    /// Four pages of one site, each with a site-specific line inside the article that no rule knows.
    func writeSite(into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 1...4 {
            let html = """
                <html><head><link rel="canonical" href="https://chronicle.example/story-\(index)">
                <title>Story \(index)</title></head><body><article>
                <p>Story number \(index) begins with a sentence that is long enough to be a paragraph, with commas.</p>
                <p>It goes on with details that only story \(index) has, about the town, the river and the weather.</p>
                <p>The Riverside Chronicle thanks its readers for the community spirit they show every day.</p>
                </article></body></html>
                """
            try Data(html.utf8).write(to: folder.appendingPathComponent("story-\(index).html"))
        }
    }

    @Test func blocksRepeatedAcrossASitesPagesAreRemovedOnlyWhenAsked() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-dedup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try writeSite(into: root.appendingPathComponent("in"))
        let cli = CLITests()
        let plain = try cli.run(["clean", root.appendingPathComponent("in").path, "-o", root.appendingPathComponent("plain").path, "-q"])
        let dedup = try cli.run(["clean", root.appendingPathComponent("in").path, "-o", root.appendingPathComponent("dedup").path, "-q", "--batch-dedup"])
        #expect(plain.status == 0 && dedup.status == 0)
        for index in 1...4 {
            let name = "story-\(index).txt"
            let kept = try String(contentsOf: root.appendingPathComponent("plain/\(name)"), encoding: .utf8)
            let cleaned = try String(contentsOf: root.appendingPathComponent("dedup/\(name)"), encoding: .utf8)
            #expect(kept.contains("The Riverside Chronicle thanks its readers"))
            #expect(!cleaned.contains("The Riverside Chronicle thanks its readers"))
            #expect(cleaned.contains("only story \(index) has"))
        }
    }
}
