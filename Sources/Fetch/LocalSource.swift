internal import Foundation
public import WinnowCore

/// Finds and reads pages on the local disk: files, folders (recursively) and standard input.
public enum LocalSource {
    /// File extensions treated as HTML when walking a folder (compared case-insensitively).
    public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]

    /// Expands command-line paths into inputs, in a stable order: each argument in the order given,
    /// a folder's files sorted by relative path. A path that does not exist is returned as an input
    /// anyway, so that reading it fails and the failure is recorded for that page.
    public static func inputs(for paths: [String]) -> [LocalInput] {
        var result: [LocalInput] = []
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                result.append(LocalInput(path: "-", relativePath: "stdin.html"))
                continue
            }
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                result.append(LocalInput(path: path, relativePath: (path as NSString).lastPathComponent))
                continue
            }
            result.append(contentsOf: htmlFiles(in: path))
        }
        return result
    }

    /// HTML files below `folder`, sorted by their path relative to it. Symbolic links to folders are
    /// not followed (they can loop).
    static func htmlFiles(in folder: String) -> [LocalInput] {
        let base = URL(fileURLWithPath: folder).standardizedFileURL
        guard let walker = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var found: [LocalInput] = []
        let basePath = base.path.hasSuffix("/") ? base.path : base.path + "/"
        for case let url as URL in walker {
            guard htmlExtensions.contains(url.pathExtension.lowercased()),
                (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(basePath) ? String(path.dropFirst(basePath.count)) : url.lastPathComponent
            found.append(LocalInput(path: path, relativePath: relative))
        }
        return found.sorted { $0.relativePath < $1.relativePath }
    }

    /// Reads one input's bytes.
    /// - Parameters:
    ///   - input: the file (or `-` for standard input) to read.
    ///   - maxBytes: larger inputs fail with `PageError.Code.tooLarge` without being read whole.
    ///   - url: the page URL to record, when known.
    public static func read(_ input: LocalInput, maxBytes: Int, url: String? = nil) throws(PageError) -> FetchedPage {
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
