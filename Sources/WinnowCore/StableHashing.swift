/// 64-bit hashes that are the same in every run, process and platform (FNV-1a, optionally followed by
/// the splitmix64 finalizer). Swift's `Hasher` is seeded per process, so it cannot name files, identify
/// pages or assign shards. Not a security hash.
public enum StableHashing {
    /// The FNV-1a 64-bit offset basis: the hash of no bytes.
    public static let fnvOffsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3  // FNV-1a 64-bit prime

    /// FNV-1a 64 of `bytes`, continuing from `start` (so a hash can be built from several pieces).
    public static func fnv1a64(_ bytes: some Sequence<UInt8>, from start: UInt64 = fnvOffsetBasis) -> UInt64 {
        var hash = start
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= fnvPrime
        }
        return hash
    }

    /// The splitmix64 finalizer. FNV's low bits depend only on the inputs' low bits (for two shards, the
    /// parity of a key's bytes would decide); the finalizer spreads every input bit over every output bit.
    public static func splitMix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// FNV-1a 64 of `key`'s UTF-8 bytes, then splitmix64: Winnow's page `id` and shard hash.
    public static func mixed(_ key: String) -> UInt64 {
        splitMix(fnv1a64(key.utf8))
    }
}
