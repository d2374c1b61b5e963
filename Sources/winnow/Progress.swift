import Export
import Foundation

/// Counts finished pages and shows a progress line on stderr when it is a terminal.
struct Progress {
    let total: Int
    let enabled: Bool
    private let interactive: Bool
    private(set) var done = 0
    private(set) var ok = 0
    private(set) var empty = 0
    private(set) var errors = 0
    private let started = Date()
    private var lastDraw = Date.distantPast

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
        interactive = enabled && isatty(FileHandle.standardError.fileDescriptor) == 1
    }

    mutating func record(_ status: ManifestEntry.Status) {
        done += 1
        switch status {
        case .ok: ok += 1
        case .empty: empty += 1
        case .error: errors += 1
        }
        guard interactive else { return }
        let now = Date()
        if now.timeIntervalSince(lastDraw) > 0.1 || done == total {
            lastDraw = now
            let rate = Double(done) / max(now.timeIntervalSince(started), 0.001)
            let remaining = rate > 0 ? Double(total - done) / rate : 0
            write("\r\u{1B}[K\(done)/\(total) pages, \(Int(rate)) pages/s, ETA \(Int(remaining)) s, \(errors) errors")
        }
    }

    /// Erases the progress line so a message can be printed on a clean line.
    func clearLine() {
        if interactive { write("\r\u{1B}[K") }
    }

    func finish(elapsed: TimeInterval) {
        clearLine()
        guard enabled else { return }
        let rate = Double(done) / max(elapsed, 0.001)
        write(
            "winnow: \(done) pages: \(ok) ok, \(empty) empty, \(errors) errors in "
                + String(format: "%.2f s (%.0f pages/s)\n", elapsed, rate))
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
