/// Small per-run counters for `OUT/report.html`, fed one page at a time.
///
/// Memory stays bounded however many pages a run has: counters, fixed histogram buckets, top-N lists,
/// and at most ``maxDistinct`` hosts, rules and error messages (the rest are counted under "other").
public struct RunStatistics: Sendable {
    /// A page's outcome, as in the manifests.
    public enum Status: String, Sendable, CaseIterable {
        case ok, empty, skipped, error
    }

    /// What the report needs to know about one page.
    public struct Page: Sendable, Hashable {
        /// The input's path or URL.
        public var input: String
        public var status: Status
        /// The page's hostname, when known.
        public var host: String?
        /// Wall time spent on the page (read, clean, write), in milliseconds.
        public var elapsedMilliseconds: Double
        /// Size of the input in bytes.
        public var bytes: Int
        /// Characters of extracted text.
        public var textLength: Int
        /// Removals per rule (`tag:nav` → 3), only when the page was cleaned with explain.
        public var rules: [String: Int]
        /// The error message of a failed page.
        public var error: String?

        public init(
            input: String, status: Status, host: String? = nil, elapsedMilliseconds: Double = 0, bytes: Int = 0,
            textLength: Int = 0, rules: [String: Int] = [:], error: String? = nil
        ) {
            self.input = input
            self.status = status
            self.host = host
            self.elapsedMilliseconds = elapsedMilliseconds
            self.bytes = bytes
            self.textLength = textLength
            self.rules = rules
            self.error = error
        }
    }

    /// Pages shown in the slowest and largest lists.
    public static let topCount = 10
    /// Distinct hosts, rules and error messages tracked one by one; later newcomers count as ``otherKey``.
    public static let maxDistinct = 1000
    /// The key that collects everything beyond ``maxDistinct``.
    public static let otherKey = "(other)"
    /// The host key of pages whose hostname is unknown (failed pages, pages without URL).
    public static let noHostKey = "(no host)"
    /// Lower bounds of the text-length histogram buckets, in characters.
    public static let textBuckets = [0, 1, 500, 1000, 2000, 5000, 10000, 20000]

    public private(set) var counts: [Status: Int] = [:]
    public private(set) var pages = 0
    public private(set) var totalBytes = 0
    public private(set) var totalTextLength = 0
    public private(set) var totalMilliseconds = 0.0
    /// Removals per rule over all pages, and the number of pages each rule fired on.
    public private(set) var ruleCounts: [String: Int] = [:]
    public private(set) var rulePages: [String: Int] = [:]
    public private(set) var hostCounts: [String: Int] = [:]
    /// Failed pages grouped by message: how many, and the first input that failed so.
    public private(set) var errorGroups: [String: (count: Int, example: String)] = [:]
    public private(set) var slowest: [Page] = []
    public private(set) var largest: [Page] = []
    /// Pages per ``textBuckets`` bucket (pages that were not cleaned are not counted).
    public private(set) var textHistogram = Array(repeating: 0, count: RunStatistics.textBuckets.count)
    /// True once a page brought removal rules: the run was explained.
    public private(set) var explained = false

    public init() {}

    /// Adds one page.
    public mutating func record(_ page: Page) {
        pages += 1
        counts[page.status, default: 0] += 1
        totalBytes += page.bytes
        totalTextLength += page.textLength
        totalMilliseconds += page.elapsedMilliseconds
        if page.status == .ok || page.status == .empty {
            let bucket = Self.textBuckets.lastIndex { $0 <= page.textLength } ?? 0
            textHistogram[bucket] += 1
        }
        if !page.rules.isEmpty { explained = true }
        for (rule, count) in page.rules {
            let key = Self.boundedKey(rule, in: ruleCounts)
            ruleCounts[key, default: 0] += count
            rulePages[key, default: 0] += 1
        }
        hostCounts[Self.boundedKey(page.host ?? Self.noHostKey, in: hostCounts), default: 0] += 1
        if page.status == .error {
            let message = page.error ?? "failed"
            let key = errorGroups[message] != nil || errorGroups.count < Self.maxDistinct ? message : Self.otherKey
            let group = errorGroups[key] ?? (0, page.input)
            errorGroups[key] = (group.count + 1, group.example)
        }
        // Only the top-N lists keep pages, and without their rules.
        var slim = page
        slim.rules = [:]
        Self.insert(slim, into: &slowest) { $0.elapsedMilliseconds > $1.elapsedMilliseconds }
        Self.insert(slim, into: &largest) { $0.bytes > $1.bytes }
    }

    /// Pages with this status.
    public func count(_ status: Status) -> Int { counts[status] ?? 0 }

    private static func boundedKey(_ key: String, in table: [String: Int]) -> String {
        table[key] != nil || table.count < maxDistinct ? key : otherKey
    }

    /// Keeps `list` sorted by `before` and at most ``topCount`` long.
    private static func insert(_ page: Page, into list: inout [Page], by before: (Page, Page) -> Bool) {
        if list.count == topCount, let last = list.last, !before(page, last) { return }
        let index = list.firstIndex { before(page, $0) } ?? list.endIndex
        list.insert(page, at: index)
        if list.count > topCount { list.removeLast() }
    }
}
