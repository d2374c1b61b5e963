public import Foundation

/// The run's output folder: turns relative output paths into file URLs that provably stay inside it.
///
/// Names from ``OutputNamer`` never contain `..`, but the folder itself may: a subfolder that is a symlink
/// to `/etc` would carry our writes out of the output folder. So every folder on the way is checked with
/// `lstat`; a symlink is followed only if its real path is still inside the output folder's real path,
/// and a target file that is a symlink leading outside is refused too. The output folder itself may be a
/// symlink (that is where the user asked us to write).
///
/// This guards against links that exist before the write. It does not defend against another process
/// swapping folders for symlinks while we write; that would need `openat`/`O_NOFOLLOW` on every step.
public struct OutputFolder: Sendable {
    /// The folder as given.
    public let url: URL
    /// Its real path (symlinks resolved); every output must stay below it.
    public let resolvedPath: String

    /// Opens (and creates, with missing parents) the output folder.
    /// - Throws: ``ExportError`` `.writeFailed` when the folder cannot be created or resolved.
    public init(_ url: URL, folderPermissions: UInt16 = 0o755) throws {
        self.url = url
        let path = url.standardizedFileURL.path(percentEncoded: false)
        do {
            var partial = path.hasPrefix("/") ? "" : "."
            for component in path.split(separator: "/") {
                partial += "/" + component
                try POSIX.makeDirectory(partial, permissions: folderPermissions)
            }
            resolvedPath = try POSIX.resolvedPath(path)
        } catch {
            throw ExportError(
                .writeFailed, "cannot use output folder '\(path)': \(error.call) failed: \(error.reason)",
                path: path, cause: error)
        }
    }

    /// The absolute file URL for `relativePath` (e.g. `a/b.txt`), after creating its parent folders.
    ///
    /// - Throws: ``ExportError`` `.unsafePath` when the path is absolute, has empty, `.` or `..`
    ///   components, or passes through a symlink leading outside the folder; `.writeFailed` when a parent
    ///   folder cannot be created (or a file is in the way).
    public func prepareFile(_ relativePath: String) throws -> URL {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !relativePath.hasPrefix("/"), !relativePath.contains("\0"),
            components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." })
        else {
            throw ExportError(
                .unsafePath, "refusing output path '\(relativePath)': it must be relative, without '.', '..' or '//'",
                path: relativePath)
        }
        var current = resolvedPath
        for folder in components.dropLast() {
            current = try enterFolder(current == "/" ? "/" + folder : current + "/" + folder, for: relativePath)
        }
        let target = (current == "/" ? "" : current) + "/" + components[components.count - 1]
        if try kind(of: target, for: relativePath) == .symlink {
            // rename() would replace the link rather than follow it, but a link leading out of the
            // output folder is a sign of tampering worth stopping for.
            _ = try insideTarget(of: target, for: relativePath)
        }
        return URL(fileURLWithPath: target)
    }

    /// Atomically writes `contents` to `relativePath` inside the folder.
    /// - Returns: the file's URL.
    /// - Throws: ``ExportError`` from ``prepareFile(_:)`` or ``AtomicFileWriter``.
    @discardableResult
    public func write(_ contents: String, to relativePath: String, using writer: AtomicFileWriter = .init()) throws
        -> URL
    {
        let file = try prepareFile(relativePath)
        try writer.write(contents, to: file)
        return file
    }

    /// Flushes everything written below the folder to disk (files written with
    /// ``AtomicFileWriter/Durability/deferred`` included): one `syncfs` of the folder's file system,
    /// however many files were written. A file system mounted on a folder inside the output folder is
    /// not covered; nothing Winnow writes creates one.
    /// - Throws: ``ExportError`` `.writeFailed` when the folder cannot be opened or the sync fails
    ///   (an I/O error: what was written since the last sync may not be on the disk).
    public func syncFileSystem() throws {
        do throws(SystemCallError) {
            let fd = try POSIX.openFile(resolvedPath, flags: O_RDONLY | O_DIRECTORY)
            defer { try? POSIX.closeFile(fd) }
            try POSIX.syncFileSystem(fd)
        } catch {
            throw ExportError(
                .writeFailed, "cannot sync the output folder '\(resolvedPath)' to disk: \(error.call) failed: \(error.reason)",
                path: resolvedPath, cause: error)
        }
    }

    /// Creates or checks one folder on the way and returns the real path to continue from.
    private func enterFolder(_ path: String, for relativePath: String) throws -> String {
        switch try kind(of: path, for: relativePath) {
        case nil:
            do {
                try POSIX.makeDirectory(path)
            } catch {
                throw ExportError(
                    .writeFailed, "cannot create folder '\(path)' for '\(relativePath)': \(error.reason)",
                    path: path, cause: error)
            }
            // mkdir may have lost a race to a symlink; look again rather than trust the name.
            return try kind(of: path, for: relativePath) == .directory
                ? path : insideTarget(of: path, for: relativePath)
        case .directory:
            return path
        case .symlink:
            let resolved = try insideTarget(of: path, for: relativePath)
            guard POSIX.isDirectory(resolved) else {
                throw ExportError(
                    .writeFailed, "cannot write '\(relativePath)': '\(path)' is a link to a file, not a folder",
                    path: path)
            }
            return resolved
        case .regular, .other:
            throw ExportError(
                .writeFailed, "cannot write '\(relativePath)': '\(path)' exists and is not a folder", path: path)
        }
    }

    /// The real path behind the symlink at `path`, if it lies inside the output folder.
    private func insideTarget(of path: String, for relativePath: String) throws -> String {
        let resolved: String
        do {
            resolved = try POSIX.resolvedPath(path)
        } catch {
            throw ExportError(
                .unsafePath,
                "refusing to write '\(relativePath)': symlink '\(path)' cannot be resolved: \(error.reason)",
                path: path, cause: error)
        }
        guard contains(resolved) else {
            throw ExportError(
                .unsafePath,
                "refusing to write '\(relativePath)': '\(path)' is a symlink to '\(resolved)', outside the output folder '\(resolvedPath)'",
                path: path)
        }
        return resolved
    }

    private func kind(of path: String, for relativePath: String) throws -> POSIX.FileKind? {
        do {
            return try POSIX.fileKind(path)
        } catch {
            throw ExportError(
                .writeFailed, "cannot write '\(relativePath)': cannot inspect '\(path)': \(error.reason)", path: path,
                cause: error)
        }
    }

    /// True when `path` (already resolved) is the output folder or lies below it.
    func contains(_ path: String) -> Bool {
        resolvedPath == "/" || path == resolvedPath || path.hasPrefix(resolvedPath + "/")
    }
}
