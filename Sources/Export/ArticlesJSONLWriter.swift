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

    /// Before a resumed run appends again: rewrites `articles.jsonl` atomically, keeping only the first
    /// record of each source in `finished`. A run interrupted between writing a page's record and its
    /// manifest line would otherwise leave a record that the retried page then writes a second time.
    /// - Throws: ``ExportError`` when the file cannot be read or rewritten.
    public static func retain(in folder: OutputFolder, sources finished: Set<String>) throws {
        let url = try folder.prepareFile(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        // JSONDecoder: JSONSerialization drops a U+FEFF at the start of a string or after an escape.
        struct Record: Decodable { let source: String }
        let decoder = JSONDecoder()
        var seen = Set<String>()
        var kept = Data()
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let source = try? decoder.decode(Record.self, from: Data(line)).source,
                finished.contains(source), seen.insert(source).inserted
            else { continue }
            kept.append(contentsOf: line)
            kept.append(UInt8(ascii: "\n"))
        }
        if kept.count != data.count { try AtomicFileWriter().write(kept, to: url) }
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
