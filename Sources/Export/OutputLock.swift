import Foundation
import Synchronization

/// Keeps two runs from writing one output folder at once: an exclusive `flock` on a lock file in the
/// folder (`OUT/.winnow.lock`), held until ``release()`` or until the process ends, however it ends.
///
/// `flock` rather than a PID file: the kernel drops the lock when the holder dies (even by `kill -9`),
/// so a crashed run never leaves a stale lock behind. The lock file itself stays; deleting it would let
/// a run waiting on the old file and a run creating a new one both believe they hold the lock.
/// Locks belong to the open file, so even two locks in one process exclude each other.
public final class OutputLock: Sendable {
    /// The lock of a whole run (`winnow clean -o`, `run`, `fetch`).
    public static let fileName = ".winnow.lock"
    /// The lock of `winnow clean`'s worker process, which outlives its supervisor by a moment when
    /// the supervisor is killed: a new run waits for it before writing.
    public static let workerFileName = ".winnow-worker.lock"

    /// The lock file's path.
    public let path: String
    private let descriptor: Mutex<Int32?>

    /// Takes the lock `name` in `folder`, retrying for up to `waitSeconds`.
    /// - Throws: ``ExportError`` `.locked` naming the folder when another process holds the lock, or
    ///   `.writeFailed` when the lock file cannot be opened.
    public init(in folder: OutputFolder, name: String = fileName, waitSeconds: Double = 0) throws {
        path = try folder.prepareFile(name).path(percentEncoded: false)
        let fd: Int32
        do {
            fd = try POSIX.openFile(path, flags: O_RDWR | O_CREAT | O_NOFOLLOW, permissions: 0o644)
        } catch {
            throw ExportError(.writeFailed, "cannot open lock file '\(path)': \(error.reason)", path: path, cause: error)
        }
        let deadline = Date().addingTimeInterval(waitSeconds)
        do {
            while try !POSIX.tryLock(fd) {
                guard Date() < deadline else {
                    try? POSIX.closeFile(fd)
                    throw ExportError(
                        .locked,
                        "output folder '\(folder.url.path(percentEncoded: false))' is in use by another winnow run "
                            + "(it holds '\(path)'); wait for it to finish or choose another folder",
                        path: path)
                }
                usleep(50_000)
            }
        } catch let error as SystemCallError {
            try? POSIX.closeFile(fd)
            throw ExportError(.writeFailed, "cannot lock '\(path)': \(error.reason)", path: path, cause: error)
        }
        descriptor = Mutex(fd)
    }

    deinit { release() }

    /// Gives the lock up (closing the file releases it); releasing twice does nothing.
    public func release() {
        descriptor.withLock { fd in
            if let open = fd { try? POSIX.closeFile(open) }
            fd = nil
        }
    }
}

extension OutputLock {
    /// Takes a run's lock on `folder`, then waits (up to `waitSeconds`) until no worker of an earlier
    /// run still holds the worker lock: a worker whose supervisor was killed stops within moments.
    /// - Throws: ``ExportError`` `.locked` when either stays taken.
    public static func forRun(in folder: OutputFolder, waitSeconds: Double = 5) throws -> OutputLock {
        let lock = try OutputLock(in: folder)
        try OutputLock(in: folder, name: workerFileName, waitSeconds: waitSeconds).release()
        return lock
    }
}
