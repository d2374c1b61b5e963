import Foundation
import Testing

@testable import Export

@Suite struct ManifestGroupTests {
    private let ok = ManifestEntry(input: "a.html", status: .ok, outputs: ["a.txt"])
    private let failed = ManifestEntry(input: "b.html", status: .error, error: "not HTML")

    @Test func isDueWhenFullOrOld() async throws {
        var group = ManifestGroup(interval: .seconds(3600), maxCount: 2)
        #expect(!group.isDue)
        group.add(ok)
        #expect(!group.isDue)
        group.add(failed)
        #expect(group.isDue)

        var slow = ManifestGroup(interval: .milliseconds(20), maxCount: 1000)
        slow.add(ok)
        try await Task.sleep(for: .milliseconds(40))
        #expect(slow.isDue)
    }

    @Test func takeSyncsAndEmpties() throws {
        try withTemporaryFolder { url in
            let folder = try OutputFolder(url)
            var group = ManifestGroup()
            #expect(group.take(syncing: folder).isEmpty)
            group.add(ok)
            group.add(failed)
            #expect(group.take(syncing: folder) == [ok, failed])
            #expect(group.isEmpty && !group.isDue)
        }
    }

    /// A failed sync must not let the manifest call a page done whose files may not be on the disk.
    @Test func aFailedSyncTurnsItsPagesIntoErrors() throws {
        try withTemporaryFolder { url in
            let folder = try OutputFolder(url.appending(path: "out"))
            try FileManager.default.removeItem(at: url.appending(path: "out"))
            var group = ManifestGroup()
            group.add(ok)
            group.add(failed)
            let taken = group.take(syncing: folder)
            #expect(taken.map(\.status) == [.error, .error])
            #expect(taken[0].outputs == ["a.txt"])
            #expect(taken[0].error?.contains("cannot sync the output folder") == true)
            #expect(taken[1] == failed)
        }
    }
}
