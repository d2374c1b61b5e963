import Foundation
import Testing
import WinnowCore

@testable import Export

@Suite struct JSONLinesWriterTests {
    private func lines(of url: URL) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.isEmpty || text.hasSuffix("\n"))
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func manifestLinesHaveFixedKeysAndParse() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            let manifest = try ManifestWriter(in: folder)
            try manifest.record(ManifestEntry(input: "a.html", status: .ok, outputs: ["a.txt", "a.json"]))
            try manifest.record(ManifestEntry(input: "b.html", status: .empty))
            try manifest.record(ManifestEntry(input: "c\n\"d\".html", status: .error, error: "boom: \\ \u{1}"))
            try manifest.close()
            let written = try lines(of: base.appending(path: "manifest.jsonl"))
            #expect(written.count == 3)
            #expect(written[0] == #"{"input":"a.html","status":"ok","outputs":["a.txt","a.json"],"error":null}"#)
            #expect(written[1] == #"{"input":"b.html","status":"empty","outputs":[],"error":null}"#)
            let third = try #require(try parseJSON(written[2]) as? [String: Any])
            #expect(third["input"] as? String == "c\n\"d\".html")
            #expect(third["status"] as? String == "error")
            #expect(third["error"] as? String == "boom: \\ \u{1}")
        }
    }

    @Test func concurrentAppendsGiveCompleteLines() async throws {
        try await withTemporaryFolderAsync { base in
            let manifest = try ManifestWriter(in: OutputFolder(base))
            // Long lines make interleaving likely if appends were not serialized.
            let filler = String(repeating: "x", count: 20_000)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<100 {
                    group.addTask {
                        try manifest.record(
                            ManifestEntry(input: "page-\(index).html", status: .error, error: "\(index) \(filler)"))
                    }
                }
                try await group.waitForAll()
            }
            try manifest.close()
            let written = try lines(of: base.appending(path: ManifestWriter.fileName))
            #expect(written.count == 100)
            var inputs = Set<String>()
            for line in written {
                let object = try #require(try parseJSON(line) as? [String: Any])
                let input = try #require(object["input"] as? String)
                let index = input.dropFirst("page-".count).dropLast(".html".count)
                #expect(object["error"] as? String == "\(index) \(filler)")
                inputs.insert(input)
            }
            #expect(inputs == Set((0..<100).map { "page-\($0).html" }))
        }
    }

    @Test func articlesFileHoldsTheJSONObjects() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            let articles = try ArticlesJSONLWriter(in: folder)
            try articles.append(everyBlockArticle, origin: "in/a.html")
            try articles.append(Article(metadata: Metadata(), blocks: [.paragraph("x\u{2028}y")]), origin: "b")
            try articles.close()
            let written = try lines(of: base.appending(path: ArticlesJSONLWriter.fileName))
            #expect(written.count == 2)
            #expect(written[0] == JSONRenderer.renderLine(everyBlockArticle, origin: "in/a.html"))
            let pretty = try parseJSON(JSONRenderer.render(everyBlockArticle, origin: "in/a.html")) as? NSDictionary
            #expect(try parseJSON(written[0]) as? NSDictionary == pretty)
            #expect((try parseJSON(written[1]) as? [String: Any])?["text"] as? String == "x\u{2028}y")
        }
    }

    @Test func appendKeepsAndTruncateDropsEarlierLines() throws {
        try withTemporaryFolder { base in
            let url = base.appending(path: "journal.jsonl")
            for _ in 0..<2 {
                let file = try JSONLinesFile(url: url)
                try file.append(.string("line"))
                try file.close()
            }
            #expect(try lines(of: url) == [#""line""#, #""line""#])
            let fresh = try JSONLinesFile(url: url, mode: .truncate)
            try fresh.append(.null)
            try fresh.close()
            #expect(try lines(of: url) == ["null"])
        }
    }

    @Test func appendingAfterCloseFailsAndClosingTwiceIsFine() throws {
        try withTemporaryFolder { base in
            let manifest = try ManifestWriter(url: base.appending(path: "m.jsonl"))
            try manifest.close()
            try manifest.close()
            let error = #expect(throws: ExportError.self) {
                try manifest.record(ManifestEntry(input: "late", status: .ok))
            }
            #expect(error?.code == .closed)
        }
    }

    @Test func refusesAManifestThatIsASymlink() throws {
        try withTemporaryFolder { base in
            let elsewhere = base.appending(path: "elsewhere.jsonl")
            try Data().write(to: elsewhere)
            let out = base.appending(path: "out")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                at: out.appending(path: ManifestWriter.fileName), withDestinationURL: elsewhere)
            let error = #expect(throws: ExportError.self) {
                try ManifestWriter(url: out.appending(path: ManifestWriter.fileName))
            }
            #expect(error?.message.contains("symlink") == true)
        }
    }

    @Test func openErrorsNameThePath() throws {
        try withTemporaryFolder { base in
            let url = base.appending(path: "missing-folder/manifest.jsonl")
            let error = #expect(throws: ExportError.self) { try JSONLinesFile(url: url) }
            #expect(error?.message.contains(url.path(percentEncoded: false)) == true)
            #expect(error?.code == .writeFailed)
        }
    }
}
