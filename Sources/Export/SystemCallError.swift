import Foundation  // also brings in the C library (Glibc / Darwin)

/// A failed POSIX call and its `errno`, kept as the `cause` of an ``ExportError``.
///
/// Export talks to the file system through POSIX calls (for `O_APPEND`, `O_EXCL`, `fsync`, `rename`),
/// so the errno is the most precise fact we have; `reason` turns the common ones into plain words.
public struct SystemCallError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The call that failed, e.g. `open` or `rename`.
    public var call: String
    /// The `errno` value it set.
    public var errno: Int32

    public init(call: String, errno: Int32) {
        self.call = call
        self.errno = errno
    }

    /// A short human explanation, with a hint for the failures people meet most (disk full, read-only).
    public var reason: String {
        let system = String(cString: strerror(errno))
        switch errno {
        case ENOSPC: return "\(system) (the disk is full)"
        case EDQUOT: return "\(system) (the disk quota is used up)"
        case EROFS: return "\(system) (the file system is mounted read-only)"
        case EFBIG: return "\(system) (the file size limit was reached, e.g. `ulimit -f`)"
        case EACCES, EPERM: return "\(system) (no write permission for this folder)"
        default: return system
        }
    }

    public var description: String { "\(call): \(reason) [errno \(errno)]" }
}
