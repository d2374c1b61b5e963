public import Foundation

extension ManifestWriter {
    /// Before a resumed `winnow clean` appends again: keeps the first line of each input that is done
    /// (`ok`, `empty`, and with `keepingErrors` also `error`) and drops the rest, rewriting the manifest
    /// atomically when anything is dropped. Dropped inputs run again and then add their only line.
    /// - Returns: the inputs whose lines were kept: the ones the resumed run skips.
    /// - Throws: ``ExportError`` when the manifest cannot be rewritten.
    public static func retain(in folder: OutputFolder, keepingErrors: Bool) throws -> Set<String> {
        let url = try folder.prepareFile(fileName)
        guard let data = FileManager.default.contents(atPath: url.path(percentEncoded: false)) else { return [] }
        let statuses: Set<String> = keepingErrors ? ["ok", "empty", "error"] : ["ok", "empty"]
        var kept = Data()
        var done = Set<String>()
        for (line, input, status) in entries(in: data) where statuses.contains(status) && done.insert(input).inserted {
            kept.append(line)
            kept.append(UInt8(ascii: "\n"))
        }
        if kept.count != data.count { try AtomicFileWriter().write(kept, to: url) }
        return done
    }

    /// Every input with a line in `folder`'s manifest, or only those with a line of `status`.
    public static func recordedInputs(in folder: OutputFolder, status: ManifestEntry.Status? = nil) throws
        -> Set<String>
    {
        let url = try folder.prepareFile(fileName)
        guard let data = FileManager.default.contents(atPath: url.path(percentEncoded: false)) else { return [] }
        return Set(entries(in: data).filter { status == nil || $0.status == status?.rawValue }.map(\.input))
    }

    /// The manifest's readable lines with their input and status; torn lines are skipped.
    /// `JSONDecoder`, not `JSONSerialization`: the latter (swift-corelibs-foundation) drops a U+FEFF at
    /// the start of a string or after an escape, so it would misread such an input and run it twice.
    private static func entries(in data: Data) -> [(line: Data, input: String, status: String)] {
        struct Line: Decodable {
            let input: String
            let status: String
        }
        let decoder = JSONDecoder()
        return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard let entry = try? decoder.decode(Line.self, from: Data(line)) else { return nil }
            return (Data(line), entry.input, entry.status)
        }
    }
}
