public import Foundation

/// What happened to one input, as recorded in `manifest.jsonl`.
public struct ManifestEntry: Sendable, Hashable {
    /// The outcome for one input.
    public enum Status: String, Sendable, CaseIterable {
        /// Text was extracted and written.
        case ok
        /// The page was processed but had no body text.
        case empty
        /// The page failed; `error` says why.
        case error
    }

    /// The input's path or URL, as given.
    public var input: String
    public var status: Status
    /// Files written for this input, relative to the output folder (e.g. `a/b.txt`).
    public var outputs: [String]
    /// The failure message for `.error` (nil otherwise).
    public var error: String?

    public init(input: String, status: Status, outputs: [String] = [], error: String? = nil) {
        self.input = input
        self.status = status
        self.outputs = outputs
        self.error = error
    }

    /// The manifest record: keys `input`, `status`, `outputs`, `error`, in that order.
    public var json: JSONValue {
        .object([
            JSONMember("input", .string(input)),
            JSONMember("status", .string(status.rawValue)),
            JSONMember("outputs", .strings(outputs)),
            JSONMember("error", .optional(error)),
        ])
    }
}

/// Appends one line per input to the run's `manifest.jsonl`, safely from concurrent tasks.
///
/// Every input should be recorded exactly once, whatever its outcome, so a run can be audited and resumed.
public struct ManifestWriter: Sendable {
    /// The manifest's file name inside the output folder (reserved by ``OutputNamer``).
    public static let fileName = "manifest.jsonl"

    private let file: JSONLinesFile

    /// Opens `manifest.jsonl` in `folder`.
    /// - Parameter mode: `.append` (default) keeps earlier records, `.truncate` starts over.
    /// - Throws: ``ExportError`` when the file cannot be opened.
    public init(in folder: OutputFolder, mode: JSONLinesFile.Mode = .append) throws {
        file = try JSONLinesFile(url: folder.prepareFile(Self.fileName), mode: mode)
    }

    /// Opens a manifest at an explicit location.
    public init(url: URL, mode: JSONLinesFile.Mode = .append) throws {
        file = try JSONLinesFile(url: url, mode: mode)
    }

    /// Appends `entry` as one line.
    /// - Throws: ``ExportError`` `.writeFailed` or `.closed`.
    public func record(_ entry: ManifestEntry) throws {
        try file.append(entry.json)
    }

    /// Flushes the manifest to disk and keeps it open.
    public func sync() throws { try file.sync() }

    /// Syncs and closes the manifest.
    public func close() throws { try file.close() }
}
