public import Foundation
import Synchronization

/// Writes HTTP exchanges as WARC 1.1 `request` and `response` records, one gzip member per record, to
/// `FOLDER/PREFIX-TIMESTAMP-PID-NNNNN.warc.gz`, starting a new file past `maxFileBytes`.
///
/// Safe to call from many tasks: each record pair goes out in one `write` under a lock, so an
/// interruption leaves whole records (and a reader can skip a torn last member). Every file starts with
/// a `warcinfo` record naming Winnow.
public final class WARCWriter: Sendable {
    private struct State {
        var handle: FileHandle?
        var written = 0
        var serial = 0
        var files: [String] = []
    }

    /// The folder the archives are written to.
    public let folder: URL
    private let prefix: String
    private let maxFileBytes: Int
    private let software: String
    private let state = Mutex(State())

    /// Prepares to write into `folder` (created if missing). Files are opened on the first record.
    /// - Parameters:
    ///   - prefix: file name prefix. Default `winnow`.
    ///   - maxFileBytes: size after which a new file starts. Default 1 GB (the customary WARC size).
    ///   - software: the `software` line of each file's `warcinfo` record.
    public init(folder: URL, prefix: String = "winnow", maxFileBytes: Int = 1_000_000_000, software: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.folder = folder
        self.prefix = prefix
        self.maxFileBytes = maxFileBytes
        self.software = software
    }

    /// Names of the files written so far, relative to ``folder``.
    public var files: [String] { state.withLock { $0.files } }

    /// Appends a `request` and a `response` record for `exchange`.
    /// - Returns: the name of the file written to.
    /// - Throws: when the file cannot be created or written.
    @discardableResult
    public func write(_ exchange: HTTPExchange) throws -> String {
        let responseID = Self.recordID()
        let date = Self.timestamp(exchange.date)
        let payloadDigest = "sha1:" + Base32.encode(SHA1.digest(exchange.body))
        let responseBlock = exchange.responseHead + exchange.body
        var responseHeaders: [(name: String, value: String)] = [
            ("WARC-Type", "response"),
            ("WARC-Record-ID", responseID),
            ("WARC-Date", date),
            ("WARC-Target-URI", exchange.url),
            ("Content-Type", "application/http;msgtype=response"),
            ("WARC-Payload-Digest", payloadDigest),
            ("WARC-Block-Digest", "sha1:" + Base32.encode(SHA1.digest(responseBlock))),
        ]
        if !exchange.complete { responseHeaders.append(("WARC-Truncated", "disconnect")) }
        responseHeaders.append(("Content-Length", String(responseBlock.count)))
        let request = WARCRecord(
            headers: [
                ("WARC-Type", "request"),
                ("WARC-Record-ID", Self.recordID()),
                ("WARC-Date", date),
                ("WARC-Target-URI", exchange.url),
                ("WARC-Concurrent-To", responseID),
                ("Content-Type", "application/http;msgtype=request"),
                ("WARC-Block-Digest", "sha1:" + Base32.encode(SHA1.digest(exchange.requestHead))),
                ("Content-Length", String(exchange.requestHead.count)),
            ], block: exchange.requestHead)
        let response = WARCRecord(headers: responseHeaders, block: responseBlock)
        let bytes = Gzip.compress(request.serialized) + Gzip.compress(response.serialized)
        return try append(bytes)
    }

    /// Flushes and closes the current file.
    public func close() throws {
        try state.withLock { state in
            try state.handle?.synchronize()
            try state.handle?.close()
            state.handle = nil
        }
    }

    private func append(_ bytes: [UInt8]) throws -> String {
        try state.withLock { state in
            if state.handle == nil || state.written + bytes.count > maxFileBytes && state.written > 0 {
                try state.handle?.close()
                try open(&state)
            }
            try state.handle!.write(contentsOf: bytes)
            state.written += bytes.count
            return state.files[state.files.count - 1]
        }
    }

    private func open(_ state: inout State) throws {
        let stamp = Self.timestamp(Date()).filter(\.isNumber)
        var name: String
        repeat {
            name = "\(prefix)-\(stamp)-\(ProcessInfo.processInfo.processIdentifier)-\(String(format: "%05d", state.serial)).warc.gz"
            state.serial += 1
        } while FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
        let path = folder.appendingPathComponent(name).path
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path)
        else { throw WARCError("cannot create '\(path)'") }
        state.handle = handle
        state.files.append(name)
        let info = Array("software: \(software)\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n".utf8)
        let record = WARCRecord(
            headers: [
                ("WARC-Type", "warcinfo"),
                ("WARC-Record-ID", Self.recordID()),
                ("WARC-Date", Self.timestamp(Date())),
                ("WARC-Filename", name),
                ("Content-Type", "application/warc-fields"),
                ("Content-Length", String(info.count)),
            ], block: info)
        let bytes = Gzip.compress(record.serialized)
        try handle.write(contentsOf: bytes)
        state.written = bytes.count
    }

    static func recordID() -> String { "<urn:uuid:\(UUID().uuidString.lowercased())>" }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
