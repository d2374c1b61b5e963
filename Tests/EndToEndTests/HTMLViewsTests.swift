import Foundation
import TestSupport
import Testing

/// `winnow explain`, `--explain-html` and `OUT/report.html`, through the built executable.
@Suite struct HTMLViewsTests {
    let cli = CLITests()

    static var sampleNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: CLITests.samples.path)) ?? [])
            .filter { $0.hasSuffix(".html") }.sorted()
    }

    /// Well-formed, no script element, nothing loaded from elsewhere, no event handlers.
    func expectSelfContained(_ html: String, _ name: String) {
        let check = HTMLViewCheck(html)
        #expect(check.isWellFormed, "\(name): \(check.parseError ?? "")")
        #expect(check.count(of: "script") == 0, "\(name)")
        #expect(check.externalReferencesAndHandlers.isEmpty, "\(name): \(check.externalReferencesAndHandlers)")
        #expect(!html.contains("url("), "\(name): CSS must not load anything")
    }

    @Test(arguments: sampleNames)
    func explainViewOfEverySampleIsSelfContained(_ name: String) throws {
        let view = cli.temporaryFolder().appendingPathExtension("html")
        defer { try? FileManager.default.removeItem(at: view) }
        let result = try cli.run(["explain", CLITests.samples.appendingPathComponent(name).path, "-o", view.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: view, encoding: .utf8)
        expectSelfContained(html, name)
        #expect(html.contains("<h2>Blocks in reading order</h2>"))
    }

    @Test func explainViewShowsRemovedBlocksOfTheSeedPage() throws {
        let result = try cli.run(["explain", CLITests.samples.appendingPathComponent("seed-syria-news.html").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("class=\"blk kept\""))
        #expect(result.stdout.contains("class=\"blk rm c-"))
        #expect(result.stdout.contains("<th scope=\"row\">title</th>"))
    }

    @Test func scriptTextInTheArticleStaysText() throws {
        let folder = cli.temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sentence = "Researchers showed that the string &lt;script&gt;alert(1)&lt;/script&gt; is harmless here. "
        let page = """
            <html><head><title>Escaping &lt;script&gt; test</title></head><body>
            <nav><a href="/">Home &lt;script&gt;alert(2)&lt;/script&gt;</a></nav>
            <article><h1>Escaping test</h1>
            <p>\(String(repeating: sentence, count: 4))</p>
            <p>\(String(repeating: "A second paragraph with enough words to be kept as article text. ", count: 4))</p>
            </article></body></html>
            """
        let input = folder.appendingPathComponent("xss.html")
        try page.write(to: input, atomically: true, encoding: .utf8)
        let view = folder.appendingPathComponent("view.html")
        let result = try cli.run(["explain", input.path, "-o", view.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: view, encoding: .utf8)
        expectSelfContained(html, "xss.html")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        #expect(HTMLViewCheck(html).text.contains("the string <script>alert(1)</script> is harmless"))
    }

    @Test func cleanWritesExplainViewsAndARunReport() throws {
        let out = cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try cli.run(
            ["clean", CLITests.samples.path, "-o", out.path, "--explain-html", "--jobs", "2", "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.filter { $0.hasSuffix(".explain.html") }.count == Self.sampleNames.count)
        #expect(files.filter { $0.hasSuffix(".explain.json") }.count == Self.sampleNames.count, "implies --explain")
        for name in files where name.hasSuffix(".html") {
            expectSelfContained(try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8), name)
        }
        let report = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(report.contains("id=\"total-pages\">\(Self.sampleNames.count)</td>"))
        #expect(report.contains("<h2>Most frequent removal rules</h2>\n<table>"))
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        #expect(!manifest.contains("report.html"))
        #expect(manifest.contains(".explain.html"))
    }

    @Test func reportCountsAFailingInput() throws {
        let folder = cli.temporaryFolder()
        let inputs = folder.appendingPathComponent("in")
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paragraph = String(repeating: "Plain words make a paragraph that a reader would keep. ", count: 6)
        for name in ["a", "b"] {
            try "<html><body><article><h1>\(name)</h1><p>\(paragraph)</p></article></body></html>"
                .write(to: inputs.appendingPathComponent("\(name).html"), atomically: true, encoding: .utf8)
        }
        try ("<html><body><p>" + String(repeating: "too big ", count: 1000) + "</p></body></html>")
            .write(to: inputs.appendingPathComponent("big.html"), atomically: true, encoding: .utf8)
        let result = try cli.run(["clean", inputs.path, "-o", out.path, "--max-bytes", "2000", "-q"])
        #expect(result.status == 1, "one page failed: \(result.stderr)")
        let report = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        expectSelfContained(report, "report.html")
        #expect(report.contains("id=\"total-ok\">2</td>"))
        #expect(report.contains("id=\"total-empty\">0</td>"))
        #expect(report.contains("id=\"total-error\">1</td>"))
        #expect(report.contains("id=\"total-pages\">3</td>"))
        #expect(report.contains("larger than 2000 bytes</td><td class=\"num\">1</td>"))
        #expect(report.contains("big.html"))
    }

    @Test func aSingleInputGetsNoReport() throws {
        let out = cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let page = CLITests.samples.appendingPathComponent("cookie-wall.html").path
        let result = try cli.run(["clean", page, "-o", out.path, "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
    }

    @Test func explainHTMLNeedsAnOutputFolder() throws {
        let page = CLITests.samples.appendingPathComponent("cookie-wall.html").path
        let result = try cli.run(["clean", page, "--explain-html"])
        #expect(result.status == 64)
    }
}
