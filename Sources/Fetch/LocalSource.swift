internal import Foundation
internal import Glibc
public import WinnowCore

/// Finds and reads pages on the local disk: files, folders (recursively) and standard input.
public enum LocalSource {
    /// File extensions treated as HTML when walking a folder (compared case-insensitively).
    public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]

    /// Expands command-line paths into inputs, in a stable order: each argument in the order given,
    /// a folder's files sorted by relative path. A path that does not exist is returned as an input
    /// anyway, so that reading it fails and the failure is recorded for that page. A WARC archive
    /// (`.warc`, `.warc.gz`, given or found in a folder) expands to its HTML response records, in
    /// archive order; an unreadable archive is returned as one input whose reading fails.
    ///
    /// With a `shard`, only the files of that shard are kept, before archives are opened (an archive's
    /// pages all go with it). The key hashed is a file's path relative to the folder argument it was
    /// found in, or the argument as given for a file argument: the same on every worker that is given
    /// the same arguments, wherever the folders are mounted.
    public static func inputs(for paths: [String], shard: Shard? = nil) -> [LocalInput] {
        var result: [LocalInput] = []
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                result.append(LocalInput(path: "-", relativePath: "stdin.html"))
                continue
            }
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                if let shard, !shard.contains(path) { continue }
                let name = (path as NSString).lastPathComponent
                if WARCReader.isArchive(path), files.fileExists(atPath: path) {
                    result.append(contentsOf: archivePages(path, relativePath: name))
                } else {
                    result.append(LocalInput(path: path, relativePath: name))
                }
                continue
            }
            for input in Self.files(in: path, includingArchives: true) {
                if let shard, !shard.contains(input.relativePath) { continue }
                if WARCReader.isArchive(input.path) {
                    result.append(contentsOf: archivePages(input.path, relativePath: input.relativePath))
                } else {
                    result.append(input)
                }
            }
        }
        return result
    }

    /// HTML files below `folder`, sorted by their path relative to it. Symbolic links to folders are
    /// not followed (they can loop).
    public static func htmlFiles(in folder: String) -> [LocalInput] {
        files(in: folder, includingArchives: false)
    }

    /// HTML files (and, with `includingArchives`, WARC archives) below `folder`, sorted by relative path.
    static func files(in folder: String, includingArchives: Bool) -> [LocalInput] {
        let base = URL(fileURLWithPath: folder).standardizedFileURL.path
        let basePath = base.hasSuffix("/") ? base : base + "/"
        let relativePaths = FolderWalk.regularFiles(in: basePath) { name in
            guard let dot = name.lastIndex(of: ".") else { return false }
            return htmlExtensions.contains(name[name.index(after: dot)...].lowercased())
                || (includingArchives && WARCReader.isArchive(name))
        }
        return relativePaths.sorted().map { LocalInput(path: basePath + $0, relativePath: $0) }
    }

    /// The HTML pages inside a WARC archive, named `ARCHIVE-STEM/host/path` after their target URIs.
    static func archivePages(_ path: String, relativePath: String) -> [LocalInput] {
        let stem = relativePath.replacingOccurrences(of: ".warc.gz", with: "", options: [.caseInsensitive, .anchored, .backwards])
            .replacingOccurrences(of: ".warc", with: "", options: [.caseInsensitive, .anchored, .backwards])
        let responses: [(location: WARCLocation, contentType: ContentType?)]
        do {
            responses = try WARCReader.htmlResponses(in: path)
        } catch {
            // Reading it again fails the same way, and the failure is recorded for this input.
            return [LocalInput(path: path, relativePath: relativePath, archive: WARCLocation(file: path, offset: -1, index: 0, url: ""))]
        }
        var seen: [String: Int] = [:]
        return responses.map { response in
            let url = response.location.url
            var name = url
            if let schemeEnd = name.range(of: "://") { name = String(name[schemeEnd.upperBound...]) }
            if name.hasSuffix("/") { name += "index" }
            var id = "\(path)#\(url)"
            seen[id, default: 0] += 1
            if let count = seen[id], count > 1 { id += " (\(count))" }
            return LocalInput(path: id, relativePath: stem + "/" + name, archive: response.location)
        }
    }

    /// Reads one page from a WARC `response` record, with its URL and `Content-Type` charset.
    static func readArchived(_ input: LocalInput, location: WARCLocation, maxBytes: Int) throws(PageError) -> FetchedPage {
        do {
            if location.offset < 0 { _ = try WARCReader.htmlResponses(in: location.file) }
            let record = try WARCReader.record(at: location)
            let response = try ArchivedResponse(block: record.block, limit: maxBytes)
            return FetchedPage(
                bytes: response.body, url: record.targetURI, charsetHint: response.contentType?.charset, origin: input.path)
        } catch {
            if error.message.contains("larger than") {
                throw PageError(.tooLarge, "archived page: \(error.message)", origin: input.path)
            }
            throw PageError(.unreadable, "archive '\(location.file)': \(error.message)", origin: input.path)
        }
    }

    /// Reads a file with POSIX calls: its size first, then (nearly always) one `read` into an array of
    /// that size. Foundation's `FileHandle` read a page in many small reads and copied each chunk.
    static func readFile(_ path: String, maxBytes: Int, url: String?) throws(PageError) -> FetchedPage {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be opened" : "does not exist"
            throw PageError(.unreadable, "file \(reason)", origin: path)
        }
        defer { close(fd) }
        var status = stat()
        let size = fstat(fd, &status) == 0 ? Int(status.st_size) : 0
        // Read one byte past the limit to tell "exactly at the limit" from "over it"; a file that
        // grows while it is read is read to its end like any other.
        var bytes = [UInt8](repeating: 0, count: min(max(size, 0), maxBytes) + 1)
        var count = 0
        while count <= maxBytes {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(1 << 20, maxBytes + 1 - count))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw PageError(.unreadable, "read failed: \(String(cString: strerror(errno)))", origin: path, cause: nil)
            }
            if got == 0 { break }
            count += got
        }
        guard count <= maxBytes else {
            throw PageError(.tooLarge, "input is larger than \(maxBytes) bytes", origin: path)
        }
        bytes.removeSubrange(count...)
        return FetchedPage(bytes: bytes, url: url, origin: path)
    }

    /// Reads one input's bytes.
    /// - Parameters:
    ///   - input: the file (or `-` for standard input) to read.
    ///   - maxBytes: larger inputs fail with `PageError.Code.tooLarge` without being read whole.
    ///   - url: the page URL to record, when known.
    public static func read(_ input: LocalInput, maxBytes: Int, url: String? = nil) throws(PageError) -> FetchedPage {
        if let location = input.archive { return try readArchived(input, location: location, maxBytes: maxBytes) }
        if input.path != "-" { return try readFile(input.path, maxBytes: maxBytes, url: url) }
        let handle: FileHandle
        if input.path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: input.path) else {
                let reason = FileManager.default.fileExists(atPath: input.path) ? "cannot be opened" : "does not exist"
                throw PageError(.unreadable, "file \(reason)", origin: input.path)
            }
            handle = opened
        }
        defer { if input.path != "-" { try? handle.close() } }
        do {
            // Read one byte past the limit to tell "exactly at the limit" from "over it".
            var bytes: [UInt8] = []
            while bytes.count <= maxBytes {
                guard let chunk = try handle.read(upToCount: min(1 << 20, maxBytes + 1 - bytes.count)), !chunk.isEmpty
                else { break }
                bytes.append(contentsOf: chunk)
            }
            guard bytes.count <= maxBytes else {
                throw PageError(.tooLarge, "input is larger than \(maxBytes) bytes", origin: input.path)
            }
            return FetchedPage(bytes: bytes, url: url, origin: input.path)
        } catch let error as PageError {
            throw error
        } catch {
            throw PageError(.unreadable, "read failed: \(error.localizedDescription)", origin: input.path, cause: nil)
        }
    }
}
