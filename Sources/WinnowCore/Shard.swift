/// One of N deterministic, disjoint parts of a run's inputs (`--shard I/N`), so that N independent
/// workers given the same inputs cover every input exactly once.
///
/// An input belongs to shard `StableHashing.mixed(key) % count` (FNV-1a 64 of the key's UTF-8 bytes, then
/// the splitmix64 finalizer): the same on every machine, process and run. Indexes are 0-based, like Spark
/// partitions: the shards of a run are `0/N` ... `(N-1)/N`. Which key is hashed is up to the caller
/// (a URL, or a path as it appears on every worker).
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// This shard's 0-based index, below `count`.
    public let index: Int
    /// The number of shards in the run, at least 1.
    public let count: Int

    /// A shard from its index and count.
    /// - Throws: ``ShardError`` unless `count >= 1` and `0 <= index < count`.
    public init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1 else { throw ShardError("the shard count must be at least 1 (got \(count))") }
        guard (0..<count).contains(index) else {
            throw ShardError("the shard index is 0-based and must be below \(count) (got \(index))")
        }
        self.index = index
        self.count = count
    }

    /// Parses `I/N`, e.g. `0/4`.
    /// - Throws: ``ShardError`` for any other text or an index outside `0..<N`.
    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ShardError("expected I/N with a 0-based index I below the count N, such as 0/4 (got '\(text)')")
        }
        try self.init(index: index, count: count)
    }

    /// The shard (0-based index) that `key` belongs to among `count` shards.
    public static func index(of key: String, count: Int) -> Int {
        Int(StableHashing.mixed(key) % UInt64(count))
    }

    /// Whether `key` belongs to this shard.
    public func contains(_ key: String) -> Bool {
        Self.index(of: key, count: count) == index
    }

    public var description: String { "\(index)/\(count)" }
}

/// A `--shard` value that is not `I/N` with `0 <= I < N`.
public struct ShardError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
