/// Finished pages whose manifest lines wait for one sync of the output folder's file system.
///
/// Pages' files are written without `fsync` (``AtomicFileWriter/Durability/deferred``), and a page's
/// manifest line, the record that it is done, is written only after a sync that covers its files. So
/// after a power loss every page the manifest calls done is on the disk, as with an `fsync` per file,
/// while the disk sees one sync per group instead of two per file (on a real disk those cost more than
/// cleaning the page). A killed run loses only the lines of its last group; `--resume` cleans those
/// pages again.
public struct ManifestGroup {
    /// A group is synced once its first page has waited `interval`, or when it holds `maxCount` pages.
    public let interval: Duration
    public let maxCount: Int

    private var entries: [ManifestEntry] = []
    private var firstAdded: ContinuousClock.Instant?
    private let clock = ContinuousClock()

    public init(interval: Duration = .milliseconds(500), maxCount: Int = 1000) {
        self.interval = interval
        self.maxCount = maxCount
    }

    public var isEmpty: Bool { entries.isEmpty }

    public mutating func add(_ entry: ManifestEntry) {
        if entries.isEmpty { firstAdded = clock.now }
        entries.append(entry)
    }

    /// True when the group should be synced and recorded now.
    public var isDue: Bool {
        guard let firstAdded else { return false }
        return entries.count >= maxCount || clock.now - firstAdded >= interval
    }

    /// Syncs `folder`'s file system and hands back the group's entries, emptying it. When the sync fails,
    /// the pages it should have made durable become errors naming the cause: the manifest never calls a
    /// page done whose files may not be on the disk.
    public mutating func take(syncing folder: OutputFolder) -> [ManifestEntry] {
        guard !entries.isEmpty else { return [] }
        defer {
            entries = []
            firstAdded = nil
        }
        do {
            try folder.syncFileSystem()
            return entries
        } catch {
            return entries.map { entry in
                guard entry.status != .error else { return entry }
                return ManifestEntry(input: entry.input, status: .error, outputs: entry.outputs, error: "\(error)")
            }
        }
    }
}
