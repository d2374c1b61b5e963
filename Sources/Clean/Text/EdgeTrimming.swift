import Foundation

extension String {
    /// `trimmingCharacters(in: set)` that tests only the scalars at both ends. Foundation's version bridged
    /// the whole string to UTF-16 first (for a JSON-LD script, megabytes walked to drop a newline).
    func trimmingEdges(in set: CharacterSet) -> String {
        let scalars = unicodeScalars
        // Foundation compares UTF-16 units: a scalar beyond the BMP (a surrogate pair) is never trimmed.
        let kept = { (scalar: Unicode.Scalar) in scalar.value > 0xFFFF || !set.contains(scalar) }
        guard let first = scalars.firstIndex(where: kept), let last = scalars.lastIndex(where: kept)
        else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
