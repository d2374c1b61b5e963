import Foundation
import Testing

@testable import Export

@Suite struct OutputFolderTests {
    @Test func createsTheFolderAndParentsAndWritesInside() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base.appending(path: "out/run"))
            let file = try folder.write("text\n", to: "a/b/page.txt")
            #expect(file.path(percentEncoded: false) == folder.resolvedPath + "/a/b/page.txt")
            #expect(try String(contentsOf: file, encoding: .utf8) == "text\n")
        }
    }

    @Test(arguments: ["../escape.txt", "/etc/passwd", "a//b.txt", "a/./b.txt", "a/../b.txt", "", "a/"])
    func rejectsPathsThatAreNotPlainRelative(path: String) throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            let error = #expect(throws: ExportError.self) { try folder.prepareFile(path) }
            #expect(error?.code == .unsafePath)
        }
    }

    @Test func refusesASubfolderLinkLeadingOutside() throws {
        try withTemporaryFolder { base in
            let outside = base.appending(path: "outside")
            let out = base.appending(path: "out")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: out.appending(path: "a"), withDestinationURL: outside)
            let folder = try OutputFolder(out)
            let error = #expect(throws: ExportError.self) { try folder.write("x", to: "a/page.txt") }
            #expect(error?.code == .unsafePath)
            #expect(error?.message.contains("outside the output folder") == true)
            #expect(try entries(of: outside).isEmpty)
        }
    }

    @Test func refusesATargetLinkLeadingOutside() throws {
        try withTemporaryFolder { base in
            let secret = base.appending(path: "secret.txt")
            try Data("keep".utf8).write(to: secret)
            let out = base.appending(path: "out")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: out.appending(path: "page.txt"), withDestinationURL: secret)
            let folder = try OutputFolder(out)
            #expect(throws: ExportError.self) { try folder.write("x", to: "page.txt") }
            #expect(try String(contentsOf: secret, encoding: .utf8) == "keep")
        }
    }

    @Test func followsLinksThatStayInside() throws {
        try withTemporaryFolder { base in
            let out = base.appending(path: "out")
            try FileManager.default.createDirectory(at: out.appending(path: "real"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                at: out.appending(path: "alias"), withDestinationURL: out.appending(path: "real"))
            let folder = try OutputFolder(out)
            try folder.write("x", to: "alias/page.txt")
            #expect(try entries(of: out.appending(path: "real")) == ["page.txt"])
        }
    }

    @Test func theOutputFolderItselfMayBeALink() throws {
        try withTemporaryFolder { base in
            let real = base.appending(path: "real")
            try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
            let link = base.appending(path: "link")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
            let folder = try OutputFolder(link)
            try folder.write("x", to: "sub/page.txt")
            #expect(try entries(of: real.appending(path: "sub")) == ["page.txt"])
        }
    }

    @Test func aFileWhereAFolderShouldBeIsAWriteError() throws {
        try withTemporaryFolder { base in
            let folder = try OutputFolder(base)
            try folder.write("x", to: "a")
            let error = #expect(throws: ExportError.self) { try folder.write("x", to: "a/page.txt") }
            #expect(error?.code == .writeFailed)
            #expect(error?.message.contains("not a folder") == true)
        }
    }

    @Test func namerOutputAlwaysLandsInside() throws {
        try withTemporaryFolder { base in
            let inputs = ["../../x.html", "/abs/y.html", "..", "a/../../z.html", "https://h.example/../../w"]
            let namer = OutputNamer(inputs: inputs)
            let folder = try OutputFolder(base.appending(path: "out"))
            for input in inputs {
                let path = try #require(namer.relativePath(for: input, format: .txt))
                let file = try folder.write(input, to: path)
                #expect(file.path(percentEncoded: false).hasPrefix(folder.resolvedPath + "/"))
            }
            #expect(try entries(of: base) == ["out"])
        }
    }
}
