public import Foundation
public import WinnowCore

/// Appends one JSON object per page to the run's `articles.jsonl`, safely from concurrent tasks.
///
/// The objects are those of ``JSONRenderer`` (same keys, same order as the `.json` files), one per line.
public struct ArticlesJSONLWriter: Sendable {
    /// The file's name inside the output folder (reserved by ``OutputNamer``).
    public static let fileName = "articles.jsonl"

    private let file: JSONLinesFile

    /// Opens `articles.jsonl` in `folder`.
    /// - Parameter mode: `.append` (default) keeps earlier records, `.truncate` starts over.
    /// - Throws: ``ExportError`` when the file cannot be opened.
    public init(in folder: OutputFolder, mode: JSONLinesFile.Mode = .append) throws {
        file = try JSONLinesFile(url: folder.prepareFile(Self.fileName), mode: mode)
    }

    /// Opens the file at an explicit location.
    public init(url: URL, mode: JSONLinesFile.Mode = .append) throws {
        file = try JSONLinesFile(url: url, mode: mode)
    }

    /// Appends `article` as one line; `origin` becomes its `source`.
    /// - Throws: ``ExportError`` `.writeFailed` or `.closed`.
    public func append(_ article: Article, origin: String) throws {
        try file.append(JSONRenderer.object(article, origin: origin))
    }

    /// Flushes the file to disk and keeps it open.
    public func sync() throws { try file.sync() }

    /// Syncs and closes the file.
    public func close() throws { try file.close() }
}
