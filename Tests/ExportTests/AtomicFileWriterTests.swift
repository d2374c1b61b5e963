import Foundation
import Testing

@testable import Export

@Suite struct AtomicFileWriterTests {
    @Test func writesContentsAndCreatesFolders() throws {
        try withTemporaryFolder { folder in
            let target = folder.appending(path: "a/b/c/page.txt")
            try AtomicFileWriter().write("héllo\n", to: target)
            #expect(try String(contentsOf: target, encoding: .utf8) == "héllo\n")
            #expect(try entries(of: folder.appending(path: "a/b/c")) == ["page.txt"])
        }
    }

    @Test func replacesAnExistingFileAndLeavesNoTempFiles() throws {
        try withTemporaryFolder { folder in
            let target = folder.appending(path: "page.json")
            try AtomicFileWriter().write("old contents that are longer", to: target)
            try AtomicFileWriter().write(Data("new".utf8), to: target)
            #expect(try String(contentsOf: target, encoding: .utf8) == "new")
            #expect(try entries(of: folder) == ["page.json"])
        }
    }

    /// Deferred durability skips the fsync calls only: the file is still whole and in place, no temp file left.
    @Test func deferredWritesTheWholeFileInPlace() throws {
        try withTemporaryFolder { folder in
            let target = folder.appending(path: "a/page.txt")
            let text = String(repeating: "line of text\n", count: 10_000)
            try AtomicFileWriter(durability: .deferred).write(text, to: target)
            try OutputFolder(folder).syncFileSystem()
            #expect(try String(contentsOf: target, encoding: .utf8) == text)
            #expect(try entries(of: folder.appending(path: "a")) == ["page.txt"])
        }
    }

    @Test func appliesFilePermissions() throws {
        try withTemporaryFolder { folder in
            let target = folder.appending(path: "private.txt")
            try AtomicFileWriter(filePermissions: 0o600).write("x", to: target)
            let attributes = try FileManager.default.attributesOfItem(atPath: target.path(percentEncoded: false))
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        }
    }

    @Test func failsClearlyWhenAFileBlocksTheFolder() throws {
        try withTemporaryFolder { folder in
            try Data("i am a file".utf8).write(to: folder.appending(path: "blocker"))
            let target = folder.appending(path: "blocker/sub/page.txt")
            let error = #expect(throws: ExportError.self) { try AtomicFileWriter().write("x", to: target) }
            #expect(error?.code == .writeFailed)
            #expect(error?.message.contains(target.path(percentEncoded: false)) == true)
            #expect(error?.message.contains("blocker") == true)
            #expect(try entries(of: folder) == ["blocker"])
        }
    }

    /// Renaming over a non-empty folder fails after the temp file was written: the temp file must go.
    @Test func failedRenameRemovesTheTempFile() throws {
        try withTemporaryFolder { folder in
            let target = folder.appending(path: "taken")
            try FileManager.default.createDirectory(
                at: target.appending(path: "inner"), withIntermediateDirectories: true)
            let error = #expect(throws: ExportError.self) { try AtomicFileWriter().write("x", to: target) }
            #expect(error?.code == .writeFailed)
            #expect(error?.message.contains("rename failed") == true)
            #expect((error?.cause as? SystemCallError)?.call == "rename")
            #expect(try entries(of: folder) == ["taken"])
            #expect(try entries(of: target) == ["inner"])
        }
    }

    @Test func refusesPathsThatNameNoFile() throws {
        try withTemporaryFolder { folder in
            let error = #expect(throws: ExportError.self) {
                try AtomicFileWriter().write("x", to: URL(fileURLWithPath: folder.path(percentEncoded: false) + "/"))
            }
            #expect(error?.code == .unsafePath)
        }
    }

    /// Permission bits only stop non-root users; as root (as in CI containers) this test cannot fail and
    /// is skipped, and `failsClearlyWhenAFileBlocksTheFolder` / `failedRenameRemovesTheTempFile` cover the
    /// failure paths instead.
    @Test(.enabled(if: permissionBitsAreEnforced(), "running as a user who ignores permission bits (root)"))
    func readOnlyFolderFailsWithReasonAndNoFile() throws {
        try withTemporaryFolder { folder in
            let locked = folder.appending(path: "locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
            let target = locked.appending(path: "page.txt")
            let error = #expect(throws: ExportError.self) { try AtomicFileWriter().write("x", to: target) }
            #expect(error?.message.contains(target.path(percentEncoded: false)) == true)
            #expect(error?.message.contains("no write permission") == true)
            #expect(try entries(of: locked).isEmpty)
        }
    }

    /// Readers running alongside many writers only ever see one complete payload.
    @Test func concurrentWritersNeverExposeAPartialFile() async throws {
        try await withTemporaryFolderAsync { folder in
            let target = folder.appending(path: "shared.txt")
            let size = 200_000
            try AtomicFileWriter().write(String(repeating: "0", count: size), to: target)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 1...8 {
                    group.addTask {
                        for _ in 0..<5 {
                            try AtomicFileWriter().write(String(repeating: "\(writer)", count: size), to: target)
                        }
                    }
                }
                group.addTask {
                    for _ in 0..<50 {
                        let seen = try Data(contentsOf: target)
                        #expect(seen.count == size)
                        #expect(Set(seen).count == 1)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try entries(of: folder) == ["shared.txt"])
        }
    }
}

/// Whether a folder without write permission actually refuses this process (false for root).
private func permissionBitsAreEnforced() -> Bool {
    let probe = FileManager.default.temporaryDirectory.appending(path: "winnow-permission-probe-\(UUID().uuidString)")
    defer {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: probe.path)
        try? FileManager.default.removeItem(at: probe)
    }
    // If the probe cannot even be set up, say "not enforced" so the test is skipped rather than faked.
    guard (try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)) != nil,
        (try? FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: probe.path)) != nil
    else { return false }
    return (try? Data().write(to: probe.appending(path: "file"))) == nil
}
