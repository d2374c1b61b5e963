import Foundation
import Testing

@testable import Export

@Suite struct PageJournalTests {
    @Test func pagesStartedButNotDoneAreUnfinishedInStartOrder() {
        let events: [PageJournal.Event] = [
            .start("a"), .start("b"), .done("a"), .start("c"), .suspect("d"), .start("b"),
        ]
        #expect(PageJournal.unfinished(events) == ["b", "c", "d"])
    }

    @Test func theJournalRoundTripsAndSkipsTornLines() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            let journal = try PageJournal(in: folder, mode: .truncate)
            try journal.start("in/a \"quoted\"\n.html")
            try journal.start("in/b.html")
            try journal.done("in/b.html")
            try journal.close()
            let handle = try FileHandle(forWritingTo: base.appending(path: PageJournal.fileName))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(#"{"start":"torn"#.utf8))
            try handle.close()
            #expect(try PageJournal.unfinished(in: folder) == ["in/a \"quoted\"\n.html"])
        }
    }

    @Test func rewriteKeepsSuspectsOnly() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            let journal = try PageJournal(in: folder, mode: .truncate)
            try journal.start("x")
            try journal.close()
            try PageJournal.rewrite(in: folder, suspects: ["s1", "s2"])
            #expect(try PageJournal.unfinished(in: folder) == ["s1", "s2"])
            #expect(try entries(of: base) == [PageJournal.fileName])
        }
    }

    @Test func theTailFollowsAppendsAndNoticesAReplacedFile() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            var tail = try PageJournal.Tail(in: folder)
            #expect(tail.read().events.isEmpty)  // no journal yet
            let journal = try PageJournal(in: folder, mode: .truncate)
            try journal.start("a")
            #expect(tail.read().events == [.start("a")])
            try journal.done("a")
            try journal.start("b")
            let next = tail.read()
            #expect(!next.restarted && next.events == [.done("a"), .start("b")])
            #expect(tail.read().events.isEmpty)
            try PageJournal.rewrite(in: folder, suspects: ["b"])
            let replaced = tail.read()
            #expect(replaced.restarted && replaced.events == [.suspect("b")])
        }
    }
}
