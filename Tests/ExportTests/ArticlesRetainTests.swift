import Foundation
import Testing
import WinnowCore

@testable import Export

@Suite struct ArticlesRetainTests {
    @Test func resumeKeepsOneRecordPerFinishedSource() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-retain-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try OutputFolder(root)
        let writer = try ArticlesJSONLWriter(in: folder, mode: .truncate)
        for source in ["https://a.example/1", "https://a.example/2", "https://a.example/1", "https://a.example/3"] {
            try writer.append(Article(metadata: Metadata(title: source), blocks: [.paragraph("x")]), origin: source)
        }
        try writer.close()
        // 1 finished (written twice: the interrupted-run case), 2 finished, 3 failed and will be retried.
        try ArticlesJSONLWriter.retain(in: folder, sources: ["https://a.example/1", "https://a.example/2"])
        let text = try String(contentsOf: root.appendingPathComponent(ArticlesJSONLWriter.fileName), encoding: .utf8)
        let sources = try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["source"] as? String
        }
        #expect(sources == ["https://a.example/1", "https://a.example/2"])
    }

    @Test func csvResumeKeepsTheHeaderAndOneRowPerFinishedSource() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            let writer = try ArticlesCSVWriter(in: folder, mode: .truncate)
            // A formula-like source and one with a control character are written changed; a multi-line
            // quoted text must not split a row.
            for source in ["a", "-b", "c\u{1}d", "a", "failed", "-b"] {
                let article = Article(metadata: Metadata(title: "T, \"\(source)\""), blocks: [.paragraph("x\r\ny")])
                try writer.append(article, origin: source)
            }
            try writer.close()
            let url = base.appending(path: ArticlesCSVWriter.fileName)
            let handle = try FileHandle(forWritingTo: url)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("torn,\"row".utf8))
            try handle.close()
            try ArticlesCSVWriter.retain(in: folder, sources: ["a", "-b", "c\u{1}d"])
            let rows = try readCSV(String(contentsOf: url, encoding: .utf8))
            #expect(rows.first == CSVRenderer.columns)
            let column = try #require(CSVRenderer.columns.firstIndex(of: "source"))
            #expect(rows.dropFirst().map { $0[column] } == ["a", "'-b", "cd"])
        }
    }
}
