import DOM
import Foundation
import Testing

@testable import Clean

/// Writes metadata predictions for the readability evaluation set, for `score.py`. Skipped unless
/// `WINNOW_META_EVAL` names the output folder (`WINNOW_META_DATA` overrides the data folder).
@Suite struct MetadataEvalTests {
    static let outputFolder = ProcessInfo.processInfo.environment["WINNOW_META_EVAL"]

    @Test(.enabled(if: outputFolder != nil, "set WINNOW_META_EVAL=/path/to/preddir to run"))
    func writeReadabilityPredictions() throws {
        guard let output = Self.outputFolder else { return }
        let data =
            ProcessInfo.processInfo.environment["WINNOW_META_DATA"] ?? "/work/shared/eval/readability"
        let manager = FileManager.default
        try manager.createDirectory(atPath: output, withIntermediateDirectories: true)
        for id in try manager.contentsOfDirectory(atPath: data).sorted() {
            guard let bytes = manager.contents(atPath: "\(data)/\(id)/source.html") else { continue }
            let tree = try HTMLParser.parse(Array(bytes), encoding: "UTF-8")
            let metadata = MetadataExtractor.extract(from: tree, pageURL: nil)
            let object: [String: Any] = [
                "title": metadata.title ?? NSNull(), "author": metadata.author ?? NSNull(),
                "date": metadata.date ?? NSNull(), "sitename": metadata.sitename ?? NSNull(),
                "language": metadata.language ?? NSNull(), "description": metadata.description ?? NSNull(),
                "url": metadata.url ?? NSNull(),
            ]
            let json = try JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
            try json.write(to: URL(fileURLWithPath: "\(output)/\(id).json"))
            try Data("\n".utf8).write(to: URL(fileURLWithPath: "\(output)/\(id).txt"))
        }
    }
}
