import WinnowCore

/// A short hash of a string that is the same in every run, process and platform.
///
/// Swift's `Hasher` is randomly seeded per process, so it cannot name files that must stay stable across
/// runs. FNV-1a (64-bit) is tiny, fast and good enough to tell cut-off names apart; it is not a security hash.
enum StableHash {
    /// Eight lowercase hex digits derived from the FNV-1a 64-bit hash of `text`'s UTF-8 bytes.
    static func hex8(_ text: String) -> String {
        let hash = StableHashing.fnv1a64(text.utf8)
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let digits = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
