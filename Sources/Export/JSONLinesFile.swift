public import Foundation
import Synchronization

/// An append-only JSON Lines file that many tasks can write to at once.
///
/// The file is opened with `O_APPEND` (and `O_NOFOLLOW`, so a planted symlink is refused), and each record
/// goes out as one `write` of the whole line including its newline, under a lock: lines never interleave,
/// and an interruption between writes cannot leave half a line. If a write fails part-way (disk full),
/// the file is truncated back to where the line began, so the file keeps only whole lines as long as
/// this object is its only writer.
///
/// A class with a `Mutex` rather than an actor: appends are short blocking system calls, callers need not
/// `await`, and the lock also makes `close()` safe against concurrent appends.
public final class JSONLinesFile: Sendable {
    /// What to do with an existing file when opening.
    public enum Mode: Sendable {
        /// Keep existing lines and add after them (resuming a journal).
        case append
        /// Start empty.
        case truncate
    }

    /// The file's path.
    public let path: String
    private let descriptor: Mutex<Int32?>

    /// Opens (creating if needed) the file at `url`.
    /// - Throws: ``ExportError`` `.writeFailed` naming the path and the reason.
    public init(url: URL, mode: Mode = .append, permissions: UInt16 = 0o644) throws {
        path = url.standardizedFileURL.path(percentEncoded: false)
        let flags = O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | (mode == .truncate ? O_TRUNC : 0)
        do {
            descriptor = Mutex(try POSIX.openFile(path, flags: flags, permissions: permissions))
        } catch {
            let reason = error.errno == ELOOP ? "it is a symlink" : error.reason
            throw ExportError(.writeFailed, "cannot open '\(path)': \(reason)", path: path, cause: error)
        }
    }

    deinit {
        descriptor.withLock { fd in
            if let open = fd { try? POSIX.closeFile(open) }
        }
    }

    /// Appends `value` as one compact line.
    /// - Throws: ``ExportError`` `.writeFailed` (with the reason) or `.closed` after ``close()``.
    public func append(_ value: JSONValue) throws {
        try appendLine(value.serialized(.compact))
    }

    /// Appends one line of text; a newline is added. The text must not contain a newline itself
    /// (serialized compact JSON never does).
    func appendLine(_ line: String) throws {
        precondition(!line.utf8.contains(UInt8(ascii: "\n")), "a JSON Lines record must be a single line")
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        try appendRecord(bytes)
    }

    /// Appends one whole record (any bytes, e.g. a CSV row whose quoted cells hold newlines) in one locked
    /// `write`, with the same all-or-nothing guarantee as ``append(_:)``.
    /// - Parameter onlyIfEmpty: write only when the file is still empty (a CSV header); returns whether it wrote.
    @discardableResult
    func appendRecord(_ bytes: [UInt8], onlyIfEmpty: Bool = false) throws -> Bool {
        try descriptor.withLock { fd in
            guard let fd else {
                throw ExportError(.closed, "cannot append to '\(path)': the file was already closed", path: path)
            }
            var start: off_t?
            do {
                start = try POSIX.endOffset(fd)
                if onlyIfEmpty && start != 0 { return false }
                try bytes.withUnsafeBytes { buffer in try POSIX.writeAll(fd, buffer) }
            } catch {
                // Take back a partial line so the file stays a sequence of whole records.
                if let start { try? POSIX.truncateFile(fd, to: start) }
                // `withUnsafeBytes` rethrows untyped; only SystemCallError can come out of it.
                let failure = error as? SystemCallError ?? SystemCallError(call: "write", errno: EIO)
                throw ExportError(
                    .writeFailed, "cannot append to '\(path)': \(failure.call) failed: \(failure.reason)",
                    path: path, cause: failure)
            }
            return true
        }
    }

    /// Flushes the file to disk (`fsync`), e.g. after each batch of pages, and keeps it open.
    public func sync() throws {
        try descriptor.withLock { fd in
            guard let fd else { return }
            do throws(SystemCallError) {
                try POSIX.syncFile(fd)
            } catch {
                throw ExportError(.writeFailed, "cannot sync '\(path)': \(error.reason)", path: path, cause: error)
            }
        }
    }

    /// Syncs and closes the file. Later appends throw `.closed`; closing twice does nothing.
    /// - Throws: ``ExportError`` `.writeFailed` when the final sync or close fails (data may be lost).
    public func close() throws {
        try descriptor.withLock { fd in
            guard let open = fd else { return }
            fd = nil
            var failure: SystemCallError?
            do throws(SystemCallError) { try POSIX.syncFile(open) } catch { failure = error }
            // Close exactly once, even after a failed sync: closing twice could close a reused descriptor.
            do throws(SystemCallError) { try POSIX.closeFile(open) } catch { failure = failure ?? error }
            if let failure {
                throw ExportError(
                    .writeFailed, "cannot close '\(path)': \(failure.call) failed: \(failure.reason)", path: path,
                    cause: failure)
            }
        }
    }
}
