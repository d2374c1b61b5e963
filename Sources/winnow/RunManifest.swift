import Export
import Foundation
import Synchronization

/// `OUT/manifest.jsonl` of `winnow fetch` and `winnow run`: one line per URL, exactly once, with the keys
/// `url, final_url, status, http_status, attempts, error, outputs` in that order.
///
/// With `resume`, lines of finished URLs (`ok`, `empty`, `skipped`) are kept and those URLs are not
/// fetched again; lines of failed URLs are dropped (atomically, before anything else is written) so their
/// new attempt adds the only line for them. Lines are appended whole, under a lock, one `write` each.
final class RunManifest: Sendable {
    enum Status: String, Sendable {
        case ok, empty, skipped, error
    }

    struct Entry: Sendable {
        var url: String
        var finalURL: String?
        var status: Status
        var httpStatus: Int?
        var attempts: Int
        var error: String?
        var outputs: [String]

        var line: String {
            var text = "{\"url\":" + Self.quoted(url)
            text += ",\"final_url\":" + (finalURL.map(Self.quoted) ?? "null")
            text += ",\"status\":" + Self.quoted(status.rawValue)
            text += ",\"http_status\":" + (httpStatus.map(String.init) ?? "null")
            text += ",\"attempts\":" + String(attempts)
            text += ",\"error\":" + (error.map(Self.quoted) ?? "null")
            text += ",\"outputs\":[" + outputs.map(Self.quoted).joined(separator: ",") + "]}\n"
            return text
        }

        static func quoted(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                    out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
    }

    private struct Counts {
        var byStatus: [Status: Int] = [:]
    }

    /// URLs finished in an earlier run (empty without `resume`).
    let finished: Set<String>
    private let handle: Mutex<FileHandle?>
    private let counts = Mutex(Counts())

    /// Opens the manifest in `folder`: truncated, or (with `resume`) keeping finished URLs' lines only.
    init(in folder: OutputFolder, resume: Bool) throws {
        let url = try folder.prepareFile(ManifestWriter.fileName)
        var kept = ""
        var finished = Set<String>()
        if resume, let data = FileManager.default.contents(atPath: url.path) {
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let entryURL = object["url"] as? String, let status = object["status"] as? String,
                    ["ok", "empty", "skipped"].contains(status), finished.insert(entryURL).inserted
                else { continue }  // failed, torn or repeated lines are dropped: those URLs run again
                kept += line + "\n"
            }
        }
        try folder.write(kept, to: ManifestWriter.fileName)
        self.finished = finished
        guard let handle = FileHandle(forWritingAtPath: url.path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        try handle.seekToEnd()
        self.handle = Mutex(handle)
    }

    /// Appends `entry` as one line.
    func record(_ entry: Entry) throws {
        let bytes = Data(entry.line.utf8)
        try handle.withLock { handle in try handle?.write(contentsOf: bytes) }
        counts.withLock { $0.byStatus[entry.status, default: 0] += 1 }
    }

    func count(_ status: Status) -> Int { counts.withLock { $0.byStatus[status] ?? 0 } }

    func close() throws {
        try handle.withLock { handle in
            try handle?.synchronize()
            try handle?.close()
            handle = nil
        }
    }
}
