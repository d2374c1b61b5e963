import Foundation

/// Reads this process's memory use from `/proc/self/status` (Linux).
enum ProcessMemory {
    /// Peak resident set size so far (`VmHWM`), in bytes; nil where `/proc` is unavailable.
    static var peakResident: Int? { field("VmHWM:") }

    /// Current resident set size (`VmRSS`), in bytes; nil where `/proc` is unavailable.
    static var resident: Int? { field("VmRSS:") }

    /// Reads a "Name:   123 kB" line.
    private static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
