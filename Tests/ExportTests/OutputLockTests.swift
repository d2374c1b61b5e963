import Foundation
import Testing

@testable import Export

@Suite struct OutputLockTests {
    @Test func aSecondLockOnTheFolderIsRefusedNamingTheFolder() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            let first = try OutputLock(in: folder)
            // flock locks belong to open files, so a second open in this process conflicts like another run.
            let error = #expect(throws: ExportError.self) { try OutputLock(in: folder) }
            #expect(error?.code == .locked)
            #expect(error?.message.contains(base.path(percentEncoded: false)) == true)
            #expect(error?.message.contains("in use by another winnow run") == true)
            first.release()
            _ = try OutputLock(in: folder)
        }
    }

    @Test func theLockIsGoneWithItsOwner() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            do { _ = try OutputLock(in: folder) }  // released in deinit, as a dying process releases it
            _ = try OutputLock(in: folder)
        }
    }

    @Test func aRunWaitsForAnEarlierWorkerAndGivesUp() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            let worker = try OutputLock(in: folder, name: OutputLock.workerFileName)
            let error = #expect(throws: ExportError.self) { try OutputLock.forRun(in: folder, waitSeconds: 0.2) }
            #expect(error?.code == .locked)
            worker.release()
            let run = try OutputLock.forRun(in: folder, waitSeconds: 0.2)
            // The run's own worker can now take the worker lock.
            _ = try OutputLock(in: folder, name: OutputLock.workerFileName)
            run.release()
        }
    }

    @Test func aLockFileThatIsASymlinkIsRefused() throws {
        try withTemporaryFolder { base in
            let target = base.appending(path: "elsewhere")
            try Data().write(to: target)
            let out = base.appending(path: "out")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: out.appending(path: OutputLock.fileName), withDestinationURL: target)
            #expect(throws: ExportError.self) { try OutputLock(in: OutputFolder(out)) }
        }
    }
}
