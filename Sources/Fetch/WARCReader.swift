internal import Foundation

/// Where one record lives in a `.warc` or `.warc.gz` file, so it can be read again without the rest.
public struct WARCLocation: Sendable, Hashable {
    /// The archive's path.
    public var file: String
    /// Byte offset of the gzip member (or, uncompressed, of the record) holding the record.
    public var offset: Int
    /// Index of the record within that member (0 unless a writer put several records in one member).
    public var index: Int
    /// The record's `WARC-Target-URI`.
    public var url: String
}

/// Reads WARC 1.0/1.1 files, plain or gzipped (one member per record, or one for the whole file).
public enum WARCReader {
    /// Largest decompressed gzip member accepted (a record is one member in practice).
    public static let maxMemberBytes = 256 << 20

    /// True when `path` names a WARC file (`.warc`, `.warc.gz`, case-insensitive).
    public static func isArchive(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".warc") || lowered.hasSuffix(".warc.gz")
    }

    /// Every record in the file, in order, with its location.
    /// - Throws: ``WARCError`` when the file cannot be read or is malformed.
    public static func scan(_ path: String) throws(WARCError) -> [(location: WARCLocation, record: WARCRecord)] {
        var found: [(location: WARCLocation, record: WARCRecord)] = []
        try forEachRecord(path) { location, record in found.append((location, record)) }
        return found
    }

    /// Calls `body` for every record, reading one gzip member at a time (the file is memory-mapped).
    public static func forEachRecord(
        _ path: String, _ body: (WARCLocation, WARCRecord) throws(WARCError) -> Void
    ) throws(WARCError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw WARCError("cannot read '\(path)': \(error.localizedDescription)")
        }
        let result: Result<Void, WARCError> = data.withUnsafeBytes { raw in
            do throws(WARCError) {
                if Gzip.isGzip(raw) {
                    var offset = 0
                    while offset < raw.count {
                        if raw[offset...].allSatisfy({ $0 == 0 }) { break }
                        let member: (output: [UInt8], consumed: Int)
                        do {
                            member = try Gzip.member(in: raw, at: offset, limit: maxMemberBytes)
                        } catch {
                            throw WARCError("'\(path)' at byte \(offset): \(error)")
                        }
                        for (index, record) in try WARCParsing.records(in: member.output).enumerated() {
                            try body(WARCLocation(file: path, offset: offset, index: index, url: record.targetURI ?? ""), record)
                        }
                        offset += member.consumed
                    }
                } else {
                    var offset = 0
                    while offset < raw.count {
                        let (record, next) = try WARCParsing.record(in: raw, at: offset)
                        try body(WARCLocation(file: path, offset: offset, index: 0, url: record.targetURI ?? ""), record)
                        offset = next
                    }
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }

    /// Reads the one record at `location`.
    public static func record(at location: WARCLocation) throws(WARCError) -> WARCRecord {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: location.file), options: .alwaysMapped)
        } catch {
            throw WARCError("cannot read '\(location.file)': \(error.localizedDescription)")
        }
        let result: Result<WARCRecord, WARCError> = data.withUnsafeBytes { raw in
            do throws(WARCError) {
                guard location.offset >= 0, location.offset < raw.count else { throw WARCError("offset \(location.offset) is past the end") }
                if Gzip.isGzip(raw) {
                    let member: (output: [UInt8], consumed: Int)
                    do {
                        member = try Gzip.member(in: raw, at: location.offset, limit: maxMemberBytes)
                    } catch {
                        throw WARCError("'\(location.file)' at byte \(location.offset): \(error)")
                    }
                    let records = try WARCParsing.records(in: member.output)
                    guard location.index < records.count else { throw WARCError("record \(location.index) not found") }
                    return .success(records[location.index])
                }
                return .success(try WARCParsing.record(in: raw, at: location.offset).0)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// The HTML `response` records of an archive: 2xx responses whose `Content-Type` is HTML/XHTML
    /// (or missing). Other records are not pages and are left out.
    public static func htmlResponses(in path: String) throws(WARCError) -> [(location: WARCLocation, contentType: ContentType?)] {
        var found: [(location: WARCLocation, contentType: ContentType?)] = []
        try forEachRecord(path) { location, record in
            guard record.type == "response", let uri = record.targetURI, uri.hasPrefix("http"),
                let (status, contentType) = Self.statusAndType(record.block), (200...299).contains(status),
                contentType?.isHTML ?? true
            else { return }
            found.append((location, contentType))
        }
        return found
    }

    /// The status and `Content-Type` of an HTTP response block, read from its head only.
    static func statusAndType(_ block: [UInt8]) -> (Int, ContentType?)? {
        guard let end = WARCParsing.find([13, 10, 13, 10], in: block, from: 0) else { return nil }
        let lines = String(decoding: block[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else { return nil }
        let type = WARCParsing.fields(lines.dropFirst()).first { $0.name.lowercased() == "content-type" }?.value
        return (status, type.map(ContentType.init))
    }
}
