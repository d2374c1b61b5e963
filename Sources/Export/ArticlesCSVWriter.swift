public import Foundation
public import WinnowCore

/// Appends one CSV row per page to the run's `articles.csv`, safely from concurrent tasks.
///
/// Rows are those of ``CSVRenderer``; the header row is written once, when the file is empty (created or
/// truncated). Each row goes out in one locked `write` (``JSONLinesFile``), so rows never interleave even
/// though quoted cells contain newlines.
public struct ArticlesCSVWriter: Sendable {
    /// The file's name inside the output folder (reserved by ``OutputNamer``).
    public static let fileName = "articles.csv"

    private let file: JSONLinesFile

    /// Opens `articles.csv` in `folder` and writes the header if the file is empty.
    /// - Parameter mode: `.append` (default) keeps earlier rows, `.truncate` starts over.
    /// - Throws: ``ExportError`` when the file cannot be opened or the header cannot be written.
    public init(in folder: OutputFolder, mode: JSONLinesFile.Mode = .append) throws {
        try self.init(url: folder.prepareFile(Self.fileName), mode: mode)
    }

    /// Opens the file at an explicit location and writes the header if the file is empty.
    public init(url: URL, mode: JSONLinesFile.Mode = .append) throws {
        file = try JSONLinesFile(url: url, mode: mode)
        try file.appendRecord(Array(CSVRenderer.header.utf8), onlyIfEmpty: true)
    }

    /// Appends `article` as one row; `origin` becomes its `source`.
    /// - Throws: ``ExportError`` `.writeFailed` or `.closed`.
    public func append(_ article: Article, origin: String) throws {
        try file.appendRecord(Array(CSVRenderer.renderRow(article, origin: origin).utf8))
    }

    /// Flushes the file to disk and keeps it open.
    public func sync() throws { try file.sync() }

    /// Syncs and closes the file.
    public func close() throws { try file.close() }
}
