/// One WARC record: its named fields and its content block.
public struct WARCRecord: Sendable {
    /// Named fields in order (`WARC-Type`, `WARC-Target-URI`, ...).
    public var headers: [(name: String, value: String)]
    /// The content block (for `response` records: HTTP status line, headers and body).
    public var block: [UInt8]

    public init(headers: [(name: String, value: String)], block: [UInt8]) {
        self.headers = headers
        self.block = block
    }

    /// The first value of field `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// `WARC-Type`, lower-cased (`response`, `request`, `warcinfo`, ...).
    public var type: String { header("WARC-Type")?.lowercased() ?? "" }

    /// `WARC-Target-URI` without the angle brackets some writers add.
    public var targetURI: String? {
        guard var uri = header("WARC-Target-URI") else { return nil }
        if uri.hasPrefix("<") && uri.hasSuffix(">") { uri = String(uri.dropFirst().dropLast()) }
        return uri
    }

    /// The serialised record: version line, fields, blank line, block, and the two closing CRLFs.
    public var serialized: [UInt8] {
        var text = "WARC/1.1\r\n"
        for header in headers { text += "\(header.name): \(header.value)\r\n" }
        text += "\r\n"
        var bytes = Array(text.utf8)
        bytes.append(contentsOf: block)
        bytes.append(contentsOf: [13, 10, 13, 10])
        return bytes
    }
}

/// An HTTP response read back from a WARC `response` record.
public struct ArchivedResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    /// The body with chunked transfer coding and `Content-Encoding` undone.
    public var body: [UInt8]

    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// The response's `Content-Type`, when it has one.
    public var contentType: ContentType? { header("Content-Type").map(ContentType.init) }

    /// Parses a `response` record's block.
    /// - Parameter limit: the largest decoded body accepted.
    /// - Throws: ``WARCError``.
    public init(block: [UInt8], limit: Int) throws(WARCError) {
        guard let headEnd = WARCParsing.find([13, 10, 13, 10], in: block, from: 0) else {
            throw WARCError("HTTP response has no end of headers")
        }
        let lines = String(decoding: block[0..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ", maxSplits: 2)
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/"), let status = Int(statusParts[1]) else {
            throw WARCError("not an HTTP status line: '\(lines[0].prefix(80))'")
        }
        self.status = status
        headers = WARCParsing.fields(lines.dropFirst())
        var body = Array(block[(headEnd + 4)...])
        if headers.contains(where: { $0.name.lowercased() == "transfer-encoding" && $0.value.lowercased().contains("chunked") }) {
            body = WARCParsing.dechunk(body) ?? body
        }
        let encoding = headers.first { $0.name.lowercased() == "content-encoding" }?.value.lowercased()
            .trimmingCharacters(in: .whitespaces) ?? "identity"
        do {
            switch encoding {
            case "gzip", "x-gzip": body = body.isEmpty ? [] : try Gzip.decompress(body, format: .gzip, limit: limit)
            case "deflate": body = body.isEmpty ? [] : try Gzip.decompress(body, format: .deflate, limit: limit)
            default: break
            }
        } catch {
            throw WARCError("\(encoding) body: \(error)")
        }
        guard body.count <= limit else { throw WARCError("body is larger than \(limit) bytes") }
        self.body = body
    }
}

/// A WARC file that cannot be read, with the reason.
public struct WARCError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

internal import Foundation

enum WARCParsing {
    /// The index of the first occurrence of `needle` in `bytes` at or after `start`.
    static func find<Bytes: RandomAccessCollection>(_ needle: [UInt8], in bytes: Bytes, from start: Int) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard !needle.isEmpty else { return start }
        var index = max(start, bytes.startIndex)
        let end = bytes.endIndex - needle.count
        while index <= end {
            if bytes[index] == needle[0] {
                var match = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    match = false
                    break
                }
                if match { return index }
            }
            index += 1
        }
        return nil
    }

    static func fields(_ lines: some Sequence<String>) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        for line in lines where !line.isEmpty {
            if line.first == " " || line.first == "\t", !result.isEmpty {
                result[result.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            result.append(
                (String(line[..<colon]).trimmingCharacters(in: .whitespaces),
                 String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
        }
        return result
    }

    /// Undoes chunked transfer coding; nil when the body is not validly chunked.
    static func dechunk(_ body: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var index = 0
        while index < body.count {
            guard let lineEnd = find([13, 10], in: body, from: index) else { return nil }
            let sizeText = String(decoding: body[index..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { return nil }
            index = lineEnd + 2
            if size == 0 { return out }
            guard index + size <= body.count else { return nil }
            out.append(contentsOf: body[index..<index + size])
            index += size + 2
        }
        return out
    }

    /// Parses the record starting at `offset` in `bytes` (uncompressed WARC data).
    /// - Returns: the record and the offset just past it (and past its closing CRLFs).
    static func record(in bytes: UnsafeRawBufferPointer, at offset: Int) throws(WARCError) -> (WARCRecord, Int) {
        let view = UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        guard let headEnd = find([13, 10, 13, 10], in: view, from: offset) else {
            throw WARCError("record at byte \(offset) has no end of headers")
        }
        let lines = String(decoding: view[offset..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
        guard lines[0].hasPrefix("WARC/") else {
            throw WARCError("no WARC version line at byte \(offset)")
        }
        let headers = fields(lines.dropFirst())
        guard let lengthText = headers.first(where: { $0.name.lowercased() == "content-length" })?.value,
            let length = Int(lengthText), length >= 0
        else { throw WARCError("record at byte \(offset) has no valid Content-Length") }
        let blockStart = headEnd + 4
        guard blockStart + length <= view.count else { throw WARCError("record at byte \(offset) is truncated") }
        var next = blockStart + length
        while next < view.count, view[next] == 13 || view[next] == 10 { next += 1 }
        return (WARCRecord(headers: headers, block: Array(view[blockStart..<blockStart + length])), next)
    }

    /// All records in uncompressed WARC data.
    static func records(in bytes: [UInt8]) throws(WARCError) -> [WARCRecord] {
        let result: Result<[WARCRecord], WARCError> = bytes.withUnsafeBytes { raw in
            var records: [WARCRecord] = []
            var offset = 0
            while offset < raw.count {
                do throws(WARCError) {
                    let (record, next) = try record(in: raw, at: offset)
                    records.append(record)
                    offset = next
                } catch {
                    return .failure(error)
                }
            }
            return .success(records)
        }
        return try result.get()
    }
}
