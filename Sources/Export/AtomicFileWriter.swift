public import Foundation

/// Writes whole files so that readers see either the old contents or the new, never a partial file.
///
/// Steps: create missing parent folders; write to a new temporary file in the *same* folder
/// (`.<name>.tmp-<16 hex digits>`, created with `O_EXCL` so concurrent writers never share one);
/// `fsync` it; `rename` it over the target (atomic within one file system, which is why the temp file is
/// not in `/tmp`); then `fsync` the folder so the rename survives a crash. On any failure the temp file
/// is removed and the target is left as it was. With ``Durability/deferred`` the two `fsync` calls are
/// left to the caller.
public struct AtomicFileWriter: Sendable {
    /// When a written file is on the disk.
    public enum Durability: Sendable {
        /// `fsync` the file before the rename and its folder after: on disk when `write` returns.
        case immediate
        /// No `fsync`: the file is still whole and atomically in place (a killed process cannot tear it),
        /// but it survives a power loss only once the caller has synced the file system
        /// (``OutputFolder/syncFileSystem()``). Two `fsync` calls per file cost more on a real disk than
        /// cleaning the page; `winnow clean` syncs once per group of pages, before their manifest lines.
        case deferred
    }

    /// Permission bits for new files, before the process umask applies. Default `0o644`.
    public var filePermissions: UInt16
    /// Permission bits for folders created on the way, before the umask. Default `0o755`.
    public var folderPermissions: UInt16
    /// Default ``Durability/immediate``.
    public var durability: Durability

    public init(filePermissions: UInt16 = 0o644, folderPermissions: UInt16 = 0o755, durability: Durability = .immediate) {
        self.filePermissions = filePermissions
        self.folderPermissions = folderPermissions
        self.durability = durability
    }

    /// Atomically replaces the file at `url` with `contents` encoded as UTF-8.
    /// - Throws: ``ExportError`` with code `.writeFailed` naming the path and the reason (e.g. disk full,
    ///   read-only file system, no permission), or `.unsafePath` when `url` names no file.
    public func write(_ contents: String, to url: URL) throws {
        try write(Array(contents.utf8), to: url)
    }

    /// Atomically replaces the file at `url` with `bytes`.
    /// - Throws: ``ExportError`` as for ``write(_:to:)-(String,_)``.
    public func write(_ bytes: some Collection<UInt8>, to url: URL) throws {
        let target = url.standardizedFileURL.path(percentEncoded: false)
        let name = (target as NSString).lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != "..", !target.hasSuffix("/") else {
            throw ExportError(
                .unsafePath, "cannot write '\(target)': the path names a folder, not a file", path: target)
        }
        let folder = (target as NSString).deletingLastPathComponent
        try makeFolders(folder.isEmpty ? "." : folder, for: target)

        let (temp, fd) = try createTempFile(in: folder.isEmpty ? "." : folder, for: name, target: target)
        var isOpen = true
        do {
            // `withContiguousStorageIfAvailable` rethrows untyped, hence the cast below.
            let written: Void? = try bytes.withContiguousStorageIfAvailable { buffer in
                try POSIX.writeAll(fd, UnsafeRawBufferPointer(buffer))
            }
            if written == nil {
                try Array(bytes).withUnsafeBytes { buffer in try POSIX.writeAll(fd, buffer) }
            }
            if durability == .immediate { try POSIX.syncFile(fd) }
            isOpen = false
            try POSIX.closeFile(fd)
            try POSIX.renameFile(temp, to: target)
        } catch {
            if isOpen { try? POSIX.closeFile(fd) }
            POSIX.removeFileQuietly(temp)
            let failure = error as? SystemCallError ?? SystemCallError(call: "write", errno: EIO)
            throw ExportError(
                .writeFailed, "cannot write '\(target)': \(failure.call) failed: \(failure.reason)", path: target,
                cause: failure)
        }
        if durability == .immediate { syncFolder(folder.isEmpty ? "." : folder) }
    }

    /// Creates `folder` and its missing parents, one `mkdir` at a time so the error names the folder that failed.
    private func makeFolders(_ folder: String, for target: String) throws {
        if POSIX.isDirectory(folder) { return }
        var path = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            path += "/" + component
            do {
                try POSIX.makeDirectory(path, permissions: folderPermissions)
            } catch {
                throw ExportError(
                    .writeFailed, "cannot write '\(target)': cannot create folder '\(path)': \(error.reason)",
                    path: target, cause: error)
            }
        }
    }

    private func createTempFile(in folder: String, for name: String, target: String) throws -> (String, Int32) {
        // Keep the temp name within NAME_MAX (255 bytes) even for long targets.
        let base = "." + name.utf8Prefix(maxBytes: 200) + ".tmp-"
        var lastError = SystemCallError(call: "open", errno: EEXIST)
        // O_EXCL fails only if the random name is taken; a few tries make a clash practically impossible.
        for _ in 0..<8 {
            let random = String(UInt64.random(in: .min ... .max), radix: 16)
            let temp = folder + "/" + base + String(repeating: "0", count: 16 - random.count) + random
            do {
                let fd = try POSIX.openFile(temp, flags: O_WRONLY | O_CREAT | O_EXCL, permissions: filePermissions)
                return (temp, fd)
            } catch {
                lastError = error
                if error.errno != EEXIST { break }
            }
        }
        throw ExportError(
            .writeFailed, "cannot write '\(target)': cannot create a temporary file: \(lastError.reason)",
            path: target, cause: lastError)
    }

    /// Makes the rename durable. Best effort: the new file is already in place and complete, and some file
    /// systems refuse to sync folders, so a failure here is not reported as a failed write.
    private func syncFolder(_ folder: String) {
        guard let fd = try? POSIX.openFile(folder, flags: O_RDONLY | O_DIRECTORY) else { return }
        try? POSIX.syncFile(fd)
        try? POSIX.closeFile(fd)
    }
}
