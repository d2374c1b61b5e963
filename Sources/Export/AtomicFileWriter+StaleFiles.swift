public import Foundation

extension AtomicFileWriter {
    /// Removes temporary files that a killed run left below `folder` (`.<name>.tmp-<16 hex digits>`, the
    /// only names ``write(_:to:)-(some Collection<UInt8>,_)`` creates). Call it only while holding the
    /// folder's ``OutputLock``: a running writer's temp files look the same.
    /// Symlinked folders are not followed, so nothing outside `folder` is touched.
    /// - Returns: how many files were removed.
    @discardableResult
    public static func removeStaleTempFiles(in folder: URL) -> Int {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { return 0 }
        var removed = 0
        for case let url as URL in walker where isTempFileName(url.lastPathComponent) {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            if (try? FileManager.default.removeItem(at: url)) != nil { removed += 1 }
        }
        return removed
    }

    /// True for names of the form `.<name>.tmp-<16 lowercase hex digits>`.
    static func isTempFileName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        let marker = Array(".tmp-".utf8)
        guard bytes.count > 1 + marker.count + 16, bytes[0] == UInt8(ascii: ".") else { return false }
        let hex = bytes.suffix(16)
        let beforeHex = bytes.dropLast(16).suffix(marker.count)
        return Array(beforeHex) == marker
            && hex.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }
}
