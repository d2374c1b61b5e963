import Foundation
import Testing
import WinnowCore

@testable import Fetch

@Suite struct LocalSourceTests {
    func makeFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        for (path, text) in [("z.html", "z"), ("a/b/c.HTM", "c"), ("a/x.xhtml", "x"), ("a/notes.txt", "no"), (".hidden.html", "h")] {
            try Data(text.utf8).write(to: root.appendingPathComponent(path))
        }
        return root
    }

    @Test func folderIsWalkedRecursivelyInSortedOrder() throws {
        let root = try makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = LocalSource.inputs(for: [root.path])
        #expect(inputs.map(\.relativePath) == ["a/b/c.HTM", "a/x.xhtml", "z.html"])
    }

    @Test func singleFileKeepsItsNameAndMissingFileFailsOnRead() throws {
        let root = try makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = LocalSource.inputs(for: [root.appendingPathComponent("z.html").path, "/no/such/file.html"])
        #expect(inputs.map(\.relativePath) == ["z.html", "file.html"])
        #expect(try LocalSource.read(inputs[0], maxBytes: 100).bytes == Array("z".utf8))
        #expect(throws: PageError.self) { try LocalSource.read(inputs[1], maxBytes: 100) }
    }

    @Test func inputsOverTheLimitAreRejected() throws {
        let root = try makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("big.html")
        try Data(repeating: 65, count: 1000).write(to: file)
        let input = LocalInput(path: file.path, relativePath: "big.html")
        #expect(try LocalSource.read(input, maxBytes: 1000).bytes.count == 1000)
        do {
            _ = try LocalSource.read(input, maxBytes: 999)
            Issue.record("expected tooLarge")
        } catch {
            #expect(error.code == .tooLarge)
        }
    }
}
