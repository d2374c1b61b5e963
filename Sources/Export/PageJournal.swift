public import Foundation

/// `OUT/.winnow-journal`: a line when a page starts and one when its work is done (its files written; its
/// manifest line follows with its group's sync), so that after a crash, a kill or a hang the pages
/// that were in progress are known.
///
/// Lines are `{"start":"<input>"}`, `{"done":"<input>"}` and `{"suspect":"<input>"}` (see
/// ``rewrite(in:suspects:)``), appended whole (``JSONLinesFile``). The
/// journal is hidden (a leading dot) and is not an output: `winnow clean`'s supervisor reads it to find the
/// page that took its worker down, and `--resume` reads it to clean those pages one at a time first.
public final class PageJournal: Sendable {
    /// The journal's name inside the output folder.
    public static let fileName = ".winnow-journal"

    /// One journal line.
    public enum Event: Sendable, Hashable {
        case start(String)
        case done(String)
        /// Carried over from a run that died while the page was in progress; not started again yet.
        case suspect(String)
    }

    private let file: JSONLinesFile

    /// Opens the journal in `folder`: `.truncate` for a fresh run, `.append` to continue one.
    public init(in folder: OutputFolder, mode: JSONLinesFile.Mode) throws {
        file = try JSONLinesFile(url: folder.prepareFile(Self.fileName), mode: mode)
    }

    /// Records that `input` is about to be read and cleaned.
    public func start(_ input: String) throws {
        try file.append(.object([JSONMember("start", .string(input))]))
    }

    /// Records that `input`'s files are written (its manifest line may still wait for a sync).
    public func done(_ input: String) throws {
        try file.append(.object([JSONMember("done", .string(input))]))
    }

    public func close() throws { try file.close() }

    /// The events in `data`; torn or unknown lines (a kill mid-write cannot tear one, but a full disk
    /// can) are skipped.
    /// (`JSONDecoder`: see ``ManifestWriter/retain(in:keepingErrors:)`` on `JSONSerialization` and U+FEFF.)
    public static func events(in data: Data) -> [Event] {
        let decoder = JSONDecoder()
        return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard let object = try? decoder.decode([String: String].self, from: Data(line)) else { return nil }
            if let input = object["start"] { return .start(input) }
            if let input = object["done"] { return .done(input) }
            if let input = object["suspect"] { return .suspect(input) }
            return nil
        }
    }

    /// Pages started but not done in `folder`'s journal, in the order they started; empty without one.
    public static func unfinished(in folder: OutputFolder) throws -> [String] {
        let url = try folder.prepareFile(fileName)
        guard let data = FileManager.default.contents(atPath: url.path(percentEncoded: false)) else { return [] }
        return unfinished(events(in: data))
    }

    /// Pages started but not done, in the order they (last) started.
    public static func unfinished(_ events: [Event]) -> [String] {
        var order: [String] = []
        var open = Set<String>()
        for event in events {
            switch event {
            case .start(let input), .suspect(let input):
                if open.insert(input).inserted { order.append(input) }
            case .done(let input):
                open.remove(input)
            }
        }
        return order.filter { open.contains($0) }
    }

    /// Rewrites the journal atomically with a `suspect` line for each of `inputs` only, so a resumed run
    /// keeps knowing which pages were in progress even if it is killed again before reaching them.
    /// (Not `start` lines: a watchdog reading the journal must not time pages that have not started.)
    public static func rewrite(in folder: OutputFolder, suspects inputs: [String]) throws {
        let lines = inputs.map { JSONValue.object([JSONMember("suspect", .string($0))]).serialized(.compact) + "\n" }
        try folder.write(lines.joined(), to: fileName)
    }
}
