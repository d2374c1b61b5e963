import Clean
import Foundation
import Testing
import WinnowCore

/// End-to-end checks over the hand-written pages in `samples/`.
///
/// Each `samples/NAME.html` has `samples/expected/NAME.json` with the expected title, snippets the
/// output must contain, boilerplate snippets it must not contain, and optional metadata fields.
/// Snippets survive harmless formatting changes, so no golden text file is needed.
@Suite struct SamplesTests {
    /// Expectations for one sample page, as stored in `samples/expected/NAME.json`.
    struct Expectation: Decodable {
        var title: String
        var mustContain: [String]
        var mustNotContain: [String]
        var metadata: ExpectedMetadata?

        enum CodingKeys: String, CodingKey {
            case title
            case mustContain = "must_contain"
            case mustNotContain = "must_not_contain"
            case metadata
        }
    }

    /// Metadata fields a sample states; absent keys are not checked.
    struct ExpectedMetadata: Decodable {
        var author: String?
        var date: String?
        var language: String?
        var sitename: String?
    }

    /// The `samples/` folder, found from this file's path (Tests/EndToEndTests/ -> repo root).
    static let samplesDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("samples", isDirectory: true)

    /// Sample names (file names without `.html`), sorted so runs are reproducible.
    static let sampleNames: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: samplesDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".html") }
            .map { String($0.dropLast(".html".count)) }
            .sorted()
    }()

    /// A snippet this short and without spaces is checked per line, so "Menu" inside a sentence is fine.
    static func isLineToken(_ snippet: String) -> Bool {
        !snippet.contains(" ") && snippet.count <= 12
    }

    /// Collapses every run of whitespace to one space and trims the ends.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func samplesArePresent() {
        #expect(Self.sampleNames.count >= 9, "expected at least 9 samples in \(Self.samplesDirectory.path)")
    }

    @Test(arguments: sampleNames)
    func sample(_ name: String) throws {
        let pageURL = Self.samplesDirectory.appendingPathComponent("\(name).html")
        let expectedURL = Self.samplesDirectory
            .appendingPathComponent("expected", isDirectory: true)
            .appendingPathComponent("\(name).json")
        let bytes = [UInt8](try Data(contentsOf: pageURL))
        let expectation = try JSONDecoder().decode(Expectation.self, from: Data(contentsOf: expectedURL))

        let article = try Cleaner().clean(FetchedPage(bytes: bytes, origin: pageURL.path))
        let title = article.metadata.title ?? ""
        let output = title + "\n" + article.text
        let flatOutput = Self.normalized(output)
        let lines = Set(output.split(whereSeparator: \.isNewline).map { Self.normalized(String($0)) })

        #expect(title == expectation.title, "\(name): title is \"\(title)\", expected \"\(expectation.title)\"")

        // Each check is computed first so a failure prints the sample and snippet, not the whole output.
        for snippet in expectation.mustContain {
            let found = flatOutput.contains(Self.normalized(snippet))
            #expect(found, "\(name): missing \"\(snippet)\"")
        }

        for snippet in expectation.mustNotContain {
            if Self.isLineToken(snippet) {
                let found = lines.contains(snippet)
                #expect(!found, "\(name): boilerplate line \"\(snippet)\" is in the output")
            } else {
                let found = flatOutput.contains(Self.normalized(snippet))
                #expect(!found, "\(name): boilerplate \"\(snippet)\" is in the output")
            }
        }

        if let expected = expectation.metadata {
            Self.checkMetadata(article.metadata, against: expected, sample: name)
        }
    }

    /// Checks the metadata fields the sample states; the date is compared on its first 10 characters.
    static func checkMetadata(_ actual: Metadata, against expected: ExpectedMetadata, sample name: String) {
        let pairs: [(field: String, got: String?, want: String?)] = [
            ("author", actual.author, expected.author),
            ("date", actual.date.map { String($0.prefix(10)) }, expected.date.map { String($0.prefix(10)) }),
            ("language", actual.language, expected.language),
            ("sitename", actual.sitename, expected.sitename),
        ]
        for pair in pairs {
            guard let want = pair.want else { continue }  // the sample does not state this field
            #expect(pair.got == want, "\(name): \(pair.field) is \(pair.got ?? "nil"), expected \(want)")
        }
    }
}
