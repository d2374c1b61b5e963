import Export
import Foundation

/// One line of either manifest format, typed so that it can be written back with its keys in order:
/// `winnow clean`'s (`input, status, outputs, error`) or `winnow fetch`/`run`'s (`url, final_url, status,
/// http_status, attempts, error, outputs`).
enum ManifestLine {
    case clean(ManifestEntry)
    case run(RunManifest.Entry)

    enum Format: String {
        case clean = "winnow clean"
        case run = "winnow fetch/run"
    }

    /// Parses one line; the message says what is wrong with it.
    init(parsing bytes: [UInt8]) throws(ManifestLineError) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw ManifestLineError("not a JSON object")
        }
        guard let status = object["status"] as? String else { throw ManifestLineError("no string \"status\"") }
        let outputs = object["outputs"] as? [String] ?? []
        let error = object["error"] as? String
        if let input = object["input"] as? String {
            guard let known = ManifestEntry.Status(rawValue: status) else {
                throw ManifestLineError("unknown status '\(status)'")
            }
            self = .clean(ManifestEntry(input: input, status: known, outputs: outputs, error: error))
        } else if let url = object["url"] as? String {
            guard let known = RunManifest.Status(rawValue: status) else {
                throw ManifestLineError("unknown status '\(status)'")
            }
            self = .run(
                RunManifest.Entry(
                    url: url, finalURL: object["final_url"] as? String, status: known,
                    httpStatus: object["http_status"] as? Int, attempts: object["attempts"] as? Int ?? 0,
                    error: error, outputs: outputs))
        } else {
            throw ManifestLineError("neither an \"input\" (winnow clean) nor a \"url\" (winnow fetch/run) string")
        }
    }

    var format: Format {
        switch self {
        case .clean: .clean
        case .run: .run
        }
    }

    /// What the line is about: the input path or the URL. Each appears once in a manifest.
    var key: String {
        switch self {
        case .clean(let entry): entry.input
        case .run(let entry): entry.url
        }
    }

    var status: String {
        switch self {
        case .clean(let entry): entry.status.rawValue
        case .run(let entry): entry.status.rawValue
        }
    }

    /// The line with `prefix` put before every output path.
    func prefixingOutputs(with prefix: String) -> ManifestLine {
        switch self {
        case .clean(var entry):
            entry.outputs = entry.outputs.map { prefix + $0 }
            return .clean(entry)
        case .run(var entry):
            entry.outputs = entry.outputs.map { prefix + $0 }
            return .run(entry)
        }
    }

    /// The line as written, with its newline.
    var text: String {
        switch self {
        case .clean(let entry): entry.json.serialized(.compact) + "\n"
        case .run(let entry): entry.line
        }
    }
}

/// Why a manifest line cannot be read.
struct ManifestLineError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
