import CPOSIX
import Foundation  // also brings in the C library (Glibc / Darwin)

/// The few POSIX calls Export needs, with `-1`/`errno` turned into ``SystemCallError`` and `EINTR` retried.
///
/// Export uses POSIX rather than `FileManager`/`FileHandle` because its guarantees depend on exact flags
/// (`O_EXCL` temp files, `O_APPEND` single-write lines, `O_NOFOLLOW`), on `fsync` before `rename`, and on
/// `lstat` to see symlinks; the errno also makes the clearest error message ("disk full", "read-only").
/// The wrapper names differ from the C names so calls inside never resolve to themselves.
enum POSIX {
    /// What sits at a path, without following a final symlink.
    enum FileKind: Sendable {
        case directory, symlink, regular, other
    }

    static func openFile(_ path: String, flags: Int32, permissions: UInt16 = 0o644) throws(SystemCallError) -> Int32 {
        while true {
            let fd = open(path, flags | O_CLOEXEC, mode_t(permissions))
            if fd >= 0 { return fd }
            if errno != EINTR { throw SystemCallError(call: "open", errno: errno) }
        }
    }

    /// Writes all of `bytes`, continuing after short writes (a signal, or a disk filling up mid-way).
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemCallError) {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(fd, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemCallError(call: "write", errno: errno)
            }
            if written == 0 { throw SystemCallError(call: "write", errno: EIO) }
            next += written
            remaining -= written
        }
    }

    static func syncFile(_ fd: Int32) throws(SystemCallError) {
        while fsync(fd) != 0 {
            if errno != EINTR { throw SystemCallError(call: "fsync", errno: errno) }
        }
    }

    /// Closes `fd`. Not retried on `EINTR`: on Linux the descriptor is already released then.
    static func closeFile(_ fd: Int32) throws(SystemCallError) {
        if close(fd) != 0 && errno != EINTR { throw SystemCallError(call: "close", errno: errno) }
    }

    static func renameFile(_ source: String, to target: String) throws(SystemCallError) {
        if rename(source, target) != 0 { throw SystemCallError(call: "rename", errno: errno) }
    }

    /// Removes a file, ignoring failure: used only to clean up our own temp files on an error path that
    /// is already reporting the original error.
    static func removeFileQuietly(_ path: String) {
        _ = unlink(path)
    }

    /// Creates one folder; succeeds if a folder (or a symlink to one) is already there.
    static func makeDirectory(_ path: String, permissions: UInt16 = 0o755) throws(SystemCallError) {
        if mkdir(path, mode_t(permissions)) == 0 { return }
        let failure = errno
        if failure == EEXIST, isDirectory(path) { return }
        throw SystemCallError(call: "mkdir", errno: failure == EEXIST ? ENOTDIR : failure)
    }

    /// What is at `path` without following a final symlink; nil when nothing is there.
    static func fileKind(_ path: String) throws(SystemCallError) -> FileKind? {
        var info = stat()
        if lstat(path, &info) != 0 {
            if errno == ENOENT { return nil }
            throw SystemCallError(call: "lstat", errno: errno)
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        case S_IFREG: return .regular
        default: return .other
        }
    }

    /// True when `path` is a folder, following symlinks.
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The absolute path with every symlink, `.` and `..` resolved; the path must exist.
    static func resolvedPath(_ path: String) throws(SystemCallError) -> String {
        guard let resolved = realpath(path, nil) else { throw SystemCallError(call: "realpath", errno: errno) }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The current end of the file, where the next `O_APPEND` write will land.
    static func endOffset(_ fd: Int32) throws(SystemCallError) -> off_t {
        let offset = lseek(fd, 0, SEEK_END)
        if offset < 0 { throw SystemCallError(call: "lseek", errno: errno) }
        return offset
    }

    static func truncateFile(_ fd: Int32, to length: off_t) throws(SystemCallError) {
        if ftruncate(fd, length) != 0 { throw SystemCallError(call: "ftruncate", errno: errno) }
    }
}

extension POSIX {
    /// Takes an exclusive `flock` on `fd` without waiting; false when another open file holds it.
    static func tryLock(_ fd: Int32) throws(SystemCallError) -> Bool {
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EWOULDBLOCK { return false }
            if errno != EINTR { throw SystemCallError(call: "flock", errno: errno) }
        }
        return true
    }
}

extension POSIX {
    /// Flushes the file system holding `fd` (every file written through any descriptor on it).
    static func syncFileSystem(_ fd: Int32) throws(SystemCallError) {
        while winnow_syncfs(fd) != 0 {
            if errno != EINTR { throw SystemCallError(call: "syncfs", errno: errno) }
        }
    }
}
