import Foundation
import Testing

@testable import Export

/// What `winnow clean --resume` does to an interrupted run's files before it appends again.
@Suite struct ResumeCompactionTests {
    func writeManifest(_ entries: [ManifestEntry], in folder: OutputFolder) throws {
        let manifest = try ManifestWriter(in: folder, mode: .truncate)
        for entry in entries { try manifest.record(entry) }
        try manifest.close()
    }

    func inputs(in base: URL) throws -> [String] {
        let text = try String(contentsOf: base.appending(path: ManifestWriter.fileName), encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try #require(try parseJSON(String(line)) as? [String: Any])["input"] as? String ?? ""
        }
    }

    @Test func finishedLinesAreKeptOnceAndFailedOnesDropped() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            try writeManifest(
                [
                    ManifestEntry(input: "a", status: .ok), ManifestEntry(input: "b", status: .error, error: "disk full"),
                    ManifestEntry(input: "c", status: .empty), ManifestEntry(input: "a", status: .ok),
                ], in: folder)
            let handle = try FileHandle(forWritingTo: base.appending(path: ManifestWriter.fileName))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(#"{"input":"d","sta"#.utf8))  // torn by a full disk
            try handle.close()
            #expect(try ManifestWriter.retain(in: folder, keepingErrors: false) == ["a", "c"])
            #expect(try inputs(in: base) == ["a", "c"])
            #expect(try entries(of: base) == [ManifestWriter.fileName])  // no temp file left
        }
    }

    @Test func aRestartedWorkerKeepsErrorLines() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            try writeManifest(
                [ManifestEntry(input: "a", status: .ok), ManifestEntry(input: "b", status: .error, error: "crashed")],
                in: folder)
            #expect(try ManifestWriter.retain(in: folder, keepingErrors: true) == ["a", "b"])
            #expect(try ManifestWriter.recordedInputs(in: folder) == ["a", "b"])
            #expect(try ManifestWriter.recordedInputs(in: folder, status: .error) == ["b"])
        }
    }

    @Test func staleTempFilesAreRemovedAndNothingElse() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            try folder.write("kept", to: "sub/page.txt")
            let names = [
                "sub/.page.json.tmp-0123456789abcdef", ".manifest.jsonl.tmp-fedcba9876543210",  // stale
                ".hidden", "a.tmp-0123456789abcdef", ".x.tmp-0123456789ABCDEF", ".x.tmp-0123",  // not ours
            ]
            for name in names { try folder.write("x", to: name) }
            let outside = base.deletingLastPathComponent().appending(path: "winnow-outside-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: outside) }
            try Data().write(to: outside.appending(path: ".o.tmp-0123456789abcdef"))
            try FileManager.default.createSymbolicLink(at: base.appending(path: "link"), withDestinationURL: outside)
            #expect(AtomicFileWriter.removeStaleTempFiles(in: base) == 2)
            #expect(try entries(of: base) == [".hidden", ".x.tmp-0123", ".x.tmp-0123456789ABCDEF", "a.tmp-0123456789abcdef", "link", "sub"])
            #expect(try entries(of: base.appending(path: "sub")) == ["page.txt"])
            #expect(try entries(of: outside) == [".o.tmp-0123456789abcdef"])
        }
    }
}
