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
}
