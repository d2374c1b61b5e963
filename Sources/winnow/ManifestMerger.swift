import Export
import Fetch
import Foundation

/// Merges the manifests of several shard output folders into one manifest plus totals
/// (`winnow merge-manifests`).
///
/// Lines are read as a stream and written in the order of the sources, each unchanged except its
/// `outputs`, which are made relative to the destination folder (absolute when a shard folder lies
/// outside it), so they still point at the files. An input (path or URL) in two manifests means the
/// shards overlapped: by default that fails the merge and nothing is written; with `allowDuplicates`
/// the first line is kept and the others are counted.
struct ManifestMerger {
    /// Shard output folders (holding `manifest.jsonl`) or manifest files.
    let sources: [String]
    let destination: String
    var allowDuplicates = false

    /// The name of the totals file written beside the merged manifest.
    static let totalsFileName = "manifest-totals.json"

    struct Failure: Error, CustomStringConvertible {
        let description: String
        /// Nothing could be written to the destination (exit code 3) rather than bad input (1).
        var destinationUnusable = false
    }

    /// Per-status line counts of one manifest, or of all of them.
    struct Counts {
        var lines = 0
        var byStatus: [String: Int] = [:]

        mutating func add(_ status: String) {
            lines += 1
            byStatus[status, default: 0] += 1
        }

        /// The members `ok`, `empty`, `skipped`, `error` (all four, so every totals file has one shape).
        var members: [JSONMember] {
            ["ok", "empty", "skipped", "error"].map { JSONMember($0, .integer(byStatus[$0] ?? 0)) }
        }
    }

    struct Totals {
        var manifests: [(path: String, counts: Counts)] = []
        /// Lines written to the merged manifest.
        var merged = Counts()
        /// Lines whose input was already in an earlier manifest (dropped with `allowDuplicates`).
        var duplicates = 0

        var json: JSONValue {
            let perManifest = manifests.map { item in
                let head = [
                    JSONMember("manifest", .string(item.path)), JSONMember("lines", .integer(item.counts.lines)),
                ]
                return JSONValue.object(head + item.counts.members)
            }
            return .object(
                [JSONMember("inputs", .integer(merged.lines))] + merged.members + [
                    JSONMember("duplicates", .integer(duplicates)), JSONMember("manifests", .array(perManifest)),
                ])
        }
    }

    /// The manifest file of a source argument: `SOURCE/manifest.jsonl` for a folder, else the file itself.
    static func manifestPath(of source: String) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: source, isDirectory: &isFolder), isFolder.boolValue {
            return (source as NSString).appendingPathComponent(ManifestWriter.fileName)
        }
        return source
    }

    /// What to put before a shard's output paths so they are relative to `destination`.
    static func outputPrefix(forManifestAt manifest: String, destination: String) -> String {
        let folder = URL(fileURLWithPath: manifest).deletingLastPathComponent().standardizedFileURL.path
        let base = URL(fileURLWithPath: destination).standardizedFileURL.path
        if folder == base { return "" }
        let basePrefix = base.hasSuffix("/") ? base : base + "/"
        if folder.hasPrefix(basePrefix) { return String(folder.dropFirst(basePrefix.count)) + "/" }
        return folder + "/"
    }

    /// Writes `DESTINATION/manifest.jsonl` and `DESTINATION/manifest-totals.json`.
    /// - Throws: ``Failure`` for an unreadable manifest, a bad line, mixed formats, duplicates (without
    ///   `allowDuplicates`) or an unusable destination; the destination's manifest is then left as it was.
    func run() throws(Failure) -> Totals {
        let folder: OutputFolder
        let target: URL
        do {
            folder = try OutputFolder(URL(fileURLWithPath: destination))
            target = try folder.prepareFile(ManifestWriter.fileName)
        } catch {
            throw Failure(description: "cannot use \(destination): \(error)", destinationUnusable: true)
        }
        let partial = target.deletingLastPathComponent()
            .appendingPathComponent(".\(ManifestWriter.fileName).merging-\(getpid())")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil),
            let output = FileHandle(forWritingAtPath: partial.path)
        else { throw Failure(description: "cannot write \(partial.path)", destinationUnusable: true) }
        var committed = false
        defer {
            try? output.close()
            if !committed { try? FileManager.default.removeItem(at: partial) }
        }
        let totals = try merge(into: output)
        do {
            try output.synchronize()
            guard rename(partial.path, target.path) == 0 else {
                throw Failure(description: "cannot rename into \(target.path): \(String(cString: strerror(errno)))")
            }
            committed = true
            try folder.write(totals.json.serialized(.pretty) + "\n", to: Self.totalsFileName)
        } catch let failure as Failure {
            throw Failure(description: failure.description, destinationUnusable: true)
        } catch {
            throw Failure(description: "cannot write to \(destination): \(error)", destinationUnusable: true)
        }
        return totals
    }

    /// Streams every source's lines into `output`, checking formats and duplicates.
    private func merge(into output: FileHandle) throws(Failure) -> Totals {
        var totals = Totals()
        var firstSeen: [String: Int] = [:]  // input → index of the manifest it was first seen in
        var format: (ManifestLine.Format, String)?
        var clashes: [String] = []
        for (index, source) in sources.enumerated() {
            let path = Self.manifestPath(of: source)
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw Failure(description: "\(path): cannot be read (is \(source) a shard's output folder?)")
            }
            defer { try? handle.close() }
            let prefix = Self.outputPrefix(forManifestAt: path, destination: destination)
            var reader = LineReader(handle, maxLineBytes: 16 << 20)  // manifest lines are short
            var counts = Counts()
            var pending = ""
            var number = 0
            while true {
                let next: LineReader.Line?
                do { next = try reader.next() } catch {
                    throw Failure(description: "\(path): read failed: \(error.localizedDescription)")
                }
                guard let next else { break }
                number += 1
                guard case .text(let bytes) = next else {
                    throw Failure(description: "\(path) line \(number): too long")
                }
                if bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) { continue }
                let line: ManifestLine
                do { line = try ManifestLine(parsing: bytes) } catch {
                    throw Failure(description: "\(path) line \(number): \(error.message)")
                }
                if let (expected, firstPath) = format, expected != line.format {
                    throw Failure(
                        description: "\(path) line \(number) is a \(line.format.rawValue) manifest line, "
                            + "but \(firstPath) holds \(expected.rawValue) lines: merge one kind at a time")
                }
                format = format ?? (line.format, path)
                if let earlier = firstSeen[line.key] {
                    totals.duplicates += 1
                    if clashes.count < 10 {
                        clashes.append("\(line.key) (in \(Self.manifestPath(of: sources[earlier])) and \(path))")
                    }
                    continue
                }
                firstSeen[line.key] = index
                counts.add(line.status)
                pending += line.prefixingOutputs(with: prefix).text
                if pending.utf8.count >= 1 << 20 { try write(&pending, to: output) }
            }
            try write(&pending, to: output)
            totals.manifests.append((path, counts))
            for (status, count) in counts.byStatus { totals.merged.byStatus[status, default: 0] += count }
            totals.merged.lines += counts.lines
        }
        if totals.duplicates > 0 && !allowDuplicates {
            let more = totals.duplicates > clashes.count ? "\n  ... and \(totals.duplicates - clashes.count) more" : ""
            throw Failure(
                description: "\(totals.duplicates) inputs appear in more than one manifest (overlapping shards?); "
                    + "nothing was written (--allow-duplicates keeps the first line of each):\n  "
                    + clashes.joined(separator: "\n  ") + more)
        }
        return totals
    }

    private func write(_ pending: inout String, to output: FileHandle) throws(Failure) {
        guard !pending.isEmpty else { return }
        do { try output.write(contentsOf: Data(pending.utf8)) } catch {
            let reason = error.localizedDescription
            throw Failure(description: "cannot write the merged manifest: \(reason)", destinationUnusable: true)
        }
        pending = ""
    }
}
