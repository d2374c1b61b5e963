@testable import Fetch
import Foundation
import Testing

@Suite struct WARCTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-warc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func sha1AndBase32MatchKnownVectors() {
        #expect(SHA1.digest(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined() == "a9993e364706816aba3e25717850c26c9cd0d89d")
        let long = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(SHA1.digest(long).map { String(format: "%02x", $0) }.joined() == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
        // `sha1:` of the empty payload, as every WARC tool writes it.
        #expect(Base32.encode(SHA1.digest([])) == "3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ")
    }

    @Test func gzipReadsEveryMemberAndLimitsOutput() throws {
        let twoMembers = Gzip.compress(Array("first ".utf8)) + Gzip.compress(Array("second".utf8))
        #expect(try Gzip.decompress(twoMembers, limit: 100) == Array("first second".utf8))
        #expect(throws: Gzip.Failure.tooLarge(limit: 5)) { try Gzip.decompress(twoMembers, limit: 5) }
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(Array(twoMembers.dropLast(3)), limit: 100) }
    }

    @Test func crawlArchiveRoundTripsThroughTheReaderAndLocalSource() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try WARCWriter(folder: folder, software: "Winnow/test")
        let page = server.url("/page/archived"), gz = server.url("/gzip-page"), pdf = server.url("/pdf")
        let moved = server.url("/chain/1")
        let outcomes = try await crawl([page, gz, pdf, moved], options: fastOptions(), archive: writer)
        try writer.close()
        #expect(outcomes[page]?.archiveFiles == writer.files)

        let file = folder.appendingPathComponent(try #require(writer.files.first)).path
        let records = try WARCReader.scan(file).map(\.record)
        #expect(records.first?.type == "warcinfo")
        let responses = records.filter { $0.type == "response" }
        let requests = records.filter { $0.type == "request" }
        // robots.txt (404) is not archived by the crawl; 4 URLs + 1 redirect hop are.
        #expect(responses.count == 5 && requests.count == 5)
        for response in responses {
            let http = try ArchivedResponse(block: response.block, limit: 1 << 20)
            let head = try #require(WARCParsing.find([13, 10, 13, 10], in: response.block, from: 0))
            let payload = Array(response.block[(head + 4)...])
            #expect(response.header("WARC-Payload-Digest") == "sha1:" + Base32.encode(SHA1.digest(payload)))
            #expect(response.header("Content-Length") == String(response.block.count))
            if response.targetURI == gz {
                #expect(http.header("Content-Encoding") == "gzip", "stored as received")
                #expect(String(decoding: http.body, as: UTF8.self).contains("Gzipped"), "decoded on reading")
            }
        }
        for request in requests {
            #expect(String(decoding: request.block, as: UTF8.self).hasPrefix("GET /"))
            #expect(request.header("WARC-Concurrent-To") != nil)
        }

        // `winnow clean` input: the folder expands to the archive's HTML 2xx responses only.
        let inputs = LocalSource.inputs(for: [folder.path])
        #expect(Set(inputs.compactMap(\.archive?.url)) == [page, gz, server.url("/chain/0")])
        let archived = try #require(inputs.first { $0.archive?.url == page })
        let fetched = try LocalSource.read(archived, maxBytes: 1 << 20)
        #expect(fetched.url == page && fetched.charsetHint == "utf-8")
        #expect(String(decoding: fetched.bytes, as: UTF8.self).contains("<h1>archived</h1>"))
        #expect(archived.relativePath.hasPrefix(String(writer.files[0].dropLast(8)) + "/127.0.0.1:"))
    }

    @Test func plainWARCWithSeveralRecordsAndChunkedBodiesIsRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let block = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>hi\r\n4\r\n</p>\r\n0\r\n\r\n".utf8)
        let record = WARCRecord(
            headers: [("WARC-Type", "response"), ("WARC-Target-URI", "<http://example.org/>"), ("Content-Length", "\(block.count)")],
            block: block)
        let path = folder.appendingPathComponent("two.warc").path
        FileManager.default.createFile(atPath: path, contents: Data(record.serialized + record.serialized))
        let inputs = LocalSource.inputs(for: [path])
        #expect(inputs.count == 2 && inputs[0].path != inputs[1].path, "each record is its own manifest input")
        let page = try LocalSource.read(inputs[1], maxBytes: 100)
        #expect(String(decoding: page.bytes, as: UTF8.self) == "<p>hi</p>")
        #expect(page.url == "http://example.org/")
    }

    @Test func brokenArchiveIsOneFailingInput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.warc.gz").path
        FileManager.default.createFile(atPath: path, contents: Data([0x1F, 0x8B, 1, 2, 3]))
        let inputs = LocalSource.inputs(for: [path])
        #expect(inputs.count == 1)
        #expect(throws: (any Error).self) { try LocalSource.read(inputs[0], maxBytes: 100) }
    }
}
