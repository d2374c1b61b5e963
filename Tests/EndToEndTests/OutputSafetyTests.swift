import Foundation
import Testing

/// Full disks and hostile output folders (issue 7): a clear error, a non-zero exit, and nothing
/// half-written recorded as done.
@Suite struct OutputSafetyTests {
    /// Runs winnow under `ulimit -f` (file size limit, in KiB), which makes writes past the limit fail with
    /// EFBIG the way a full disk fails them with ENOSPC; SIGXFSZ is ignored so the write fails instead of
    /// killing the process. Mounting a small tmpfs would need privileges tests should not assume.
    func runWithFileSizeLimit(kilobytes: Int, _ arguments: [String]) throws -> CLITests.Result {
        let quoted = ([CLITests.executable.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(kilobytes); exec \(quoted)"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLITests.Result(status: process.terminationStatus, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func aFileTooLargeToWriteIsAnErrorAndNeverRecordedAsDone() throws {
        let fixture = try SafetyFixture(pages: 3)
        defer { fixture.remove() }
        // One page whose text is far beyond the limit (distinct paragraphs: repeated ones are dropped).
        let paragraphs = (1...120).map { "<p>Paragraph \($0): " + String(repeating: "a long sentence about the tide, ", count: 40) + "</p>" }
        let big = "<html><body><article>" + paragraphs.joined() + "</article></body></html>"
        try Data(big.utf8).write(to: fixture.input.appendingPathComponent("page-big.html"))
        let result = try runWithFileSizeLimit(kilobytes: 64, ["clean", fixture.input.path, "-o", fixture.output.path, "-f", "txt,json", "-q"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("page-big.html"))
        #expect(result.stderr.contains("file size limit"))
        let entries = try fixture.manifest()
        #expect(entries.count == 4)
        let failed = try #require(entries.first { $0.input.hasSuffix("page-big.html") })
        #expect(failed.status == "error")
        for entry in entries where entry.status == "ok" {
            let stem = ((entry.input as NSString).lastPathComponent as NSString).deletingPathExtension
            let json = try Data(contentsOf: fixture.output.appendingPathComponent(stem + ".json"))
            #expect((try? JSONSerialization.jsonObject(with: json)) != nil, "\(stem).json is whole")
        }
        #expect(!fixture.outputFiles().contains { $0.contains(".tmp-") })
    }

    /// Puts a symlink named `name` into the output folder, leading to a file outside it that says "keep".
    func linkOutside(_ name: String, in fixture: SafetyFixture) throws -> URL {
        let secret = fixture.root.appendingPathComponent("secret.txt")
        try Data("keep".utf8).write(to: secret)
        try FileManager.default.createDirectory(at: fixture.output, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: fixture.output.appendingPathComponent(name), withDestinationURL: secret)
        return secret
    }

    @Test func anOutputFileSymlinkedOutsideIsRefusedAndTheTargetUntouched() throws {
        let fixture = try SafetyFixture(pages: 2)
        defer { fixture.remove() }
        let secret = try linkOutside("page-001.txt", in: fixture)
        let result = try runWinnow(["clean", fixture.input.path, "-o", fixture.output.path, "-q"])
        #expect(result.status == 1)
        let entries = try fixture.manifest()
        #expect(entries.first { $0.input.hasSuffix("page-001.html") }?.status == "error")
        #expect(entries.first { $0.input.hasSuffix("page-002.html") }?.status == "ok")
        #expect(try String(contentsOf: secret, encoding: .utf8) == "keep")
    }

    @Test func aManifestSymlinkedOutsideStopsTheRun() throws {
        let fixture = try SafetyFixture(pages: 1)
        defer { fixture.remove() }
        let secret = try linkOutside("manifest.jsonl", in: fixture)
        let result = try runWinnow(["clean", fixture.input.path, "-o", fixture.output.path, "-q"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("manifest.jsonl"))
        #expect(try String(contentsOf: secret, encoding: .utf8) == "keep")
    }
}
