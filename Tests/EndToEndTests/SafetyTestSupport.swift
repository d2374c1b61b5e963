import Foundation
import Testing

/// A folder of small generated pages and an output folder beside it, for the interrupted-run tests.
struct SafetyFixture {
    let root: URL
    var input: URL { root.appendingPathComponent("in") }
    var output: URL { root.appendingPathComponent("out") }

    init(pages: Int, textRepeats: Int = 3) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for index in 1...pages {
            let sentence = "Page \(index) reports on the harbour, the ferries and the weather, with details. "
            let html = "<html><head><title>Story \(index)</title></head><body><article>"
                + String(repeating: "<p>\(String(repeating: sentence, count: 3))</p>", count: textRepeats)
                + "</article></body></html>"
            try Data(html.utf8).write(to: input.appendingPathComponent(String(format: "page-%03d.html", index)))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// `OUT/manifest.jsonl` as (input, status, error) per line.
    func manifest() throws -> [(input: String, status: String, error: String?)] {
        let text = try String(contentsOf: output.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return (object["input"] as? String ?? "", object["status"] as? String ?? "", object["error"] as? String)
        }
    }

    /// Every file below the output folder, relative to it, hidden ones included.
    func outputFiles() -> [String] {
        let walker = FileManager.default.enumerator(atPath: output.path)
        return (walker?.allObjects as? [String] ?? []).sorted()
    }
}

/// Runs `winnow` with extra environment variables (the test hook), capturing its output.
func runWinnow(_ arguments: [String], environment: [String: String] = [:]) throws -> CLITests.Result {
    let process = Process()
    process.executableURL = CLITests.executable
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLITests.Result(
        status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: stderr, as: UTF8.self))
}
