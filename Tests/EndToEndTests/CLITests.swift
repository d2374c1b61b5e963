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
