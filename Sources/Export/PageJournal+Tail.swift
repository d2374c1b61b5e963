public import Foundation

extension PageJournal {
    /// Follows a journal another process is writing: each ``read()`` returns the whole lines added since
    /// the last one. When the file was replaced or truncated (a new run, a resumed run compacting it), the
    /// reader starts over and says so, since the events read so far then no longer describe the file.
    public struct Tail: Sendable {
        public let path: String
        private var offset: UInt64 = 0
        private var inode: UInt64?
        private var partial = Data()

        public init(in folder: OutputFolder) throws {
            path = try folder.prepareFile(PageJournal.fileName).path(percentEncoded: false)
        }

        /// New events, and whether the file was replaced since the last call (then `events` are read from
        /// the start of the new file).
        public mutating func read() -> (restarted: Bool, events: [Event]) {
            var info = stat()
            guard stat(path, &info) == 0 else { return (false, []) }
            var restarted = false
            if UInt64(info.st_ino) != inode || UInt64(info.st_size) < offset {
                restarted = inode != nil
                inode = UInt64(info.st_ino)
                offset = 0
                partial = Data()
            }
            guard UInt64(info.st_size) > offset, let handle = FileHandle(forReadingAtPath: path) else {
                return (restarted, [])
            }
            defer { try? handle.close() }
            guard (try? handle.seek(toOffset: offset)) != nil, let data = try? handle.readToEnd() else {
                return (restarted, [])
            }
            offset += UInt64(data.count)
            partial.append(data)
            // Only whole lines: the writer's current line may not be complete yet.
            guard let end = partial.lastIndex(of: UInt8(ascii: "\n")) else { return (restarted, []) }
            let complete = partial[partial.startIndex...end]
            partial = Data(partial[partial.index(after: end)...])
            return (restarted, PageJournal.events(in: Data(complete)))
        }
    }
}
