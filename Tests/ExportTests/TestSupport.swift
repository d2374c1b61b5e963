import Foundation
import WinnowCore

/// An article using every block kind, shared by the renderer tests.
let everyBlockArticle = Article(
    metadata: Metadata(
        title: "The Title", author: "Ada Writer; Bo Editor", date: "2024-05-01", url: "https://example.com/a",
        hostname: "example.com", sitename: "Example News", description: "What happened.", language: "en",
        categories: ["World", "Politics"], tags: ["x", "y"], image: nil),
    blocks: [
        .heading(level: 2, text: "Section"),
        .paragraph("First paragraph."),
        .list(ordered: false, items: ["one", "two"]),
        .list(ordered: true, items: ["first", "second"]),
        .quote("Quoted words."),
        .table(rows: [["H1", "H2"], ["a", "b|c"]]),
        .code("let x = 1\nprint(x)"),
    ])

/// A fresh folder under the system temp folder, removed when `body` returns.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// The async variant of ``withTemporaryFolder(_:)``.
func withTemporaryFolderAsync<T>(_ body: (URL) async throws -> T) async throws -> T {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    return try await body(folder)
}

private func makeTemporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appending(path: "winnow-export-tests-\(UUID().uuidString)", directoryHint: .isDirectory)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Names in `folder`, sorted (hidden ones included, so leftover temp files show up).
func entries(of folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path(percentEncoded: false)).sorted()
}

/// Parses one JSON document with Foundation, as an independent check of our writer.
func parseJSON(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

/// The keys of a JSON object in the order they appear in the text (top level only, simple objects).
func topLevelKeyOrder(_ json: String, keys: [String]) -> [String] {
    keys.compactMap { key in json.range(of: "\"\(key)\":").map { (key, $0.lowerBound) } }
        .sorted { $0.1 < $1.1 }.map(\.0)
}
