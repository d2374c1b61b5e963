import Glibc

/// CPU time spent in each stage of `Cleaner.clean`, summed over the pages cleaned with it: where a
/// page's time goes (`winnow bench --stages`). Thread CPU time, so other processes on a shared
/// machine do not count.
public struct StageTimings: Sendable {
    public enum Stage: Int, CaseIterable, Sendable {
        case decoding, parsing, metadata, pruning, selection, rendering, filtering, finishing

        public var name: String {
            switch self {
            case .decoding: "decode (charset, sniffing)"
            case .parsing: "parse (prescan, libxml2, tree)"
            case .metadata: "metadata"
            case .pruning: "pruning"
            case .selection: "content selection"
            case .rendering: "rendering"
            case .filtering: "block filter"
            case .finishing: "finishing (language, SimHash)"
            }
        }
    }

    /// Nanoseconds per stage, indexed by `Stage.rawValue`.
    public private(set) var nanoseconds = [UInt64](repeating: 0, count: Stage.allCases.count)
    private var mark: UInt64 = 0

    public init() {}

    /// Total of all stages.
    public var total: UInt64 { nanoseconds.reduce(0, +) }

    /// Starts timing a page.
    mutating func start() { mark = Self.threadNanoseconds() }

    /// Charges the time since the last mark to `stage`.
    mutating func lap(_ stage: Stage) {
        let now = Self.threadNanoseconds()
        nanoseconds[stage.rawValue] &+= now &- mark
        mark = now
    }

    /// Adds another set of timings (from another page or task).
    public mutating func add(_ other: StageTimings) {
        for index in nanoseconds.indices { nanoseconds[index] &+= other.nanoseconds[index] }
    }

    /// Keeps, per stage, the smaller of this and `other` (of runs over the same pages).
    public mutating func keepMinimum(_ other: StageTimings) {
        for index in nanoseconds.indices { nanoseconds[index] = min(nanoseconds[index], other.nanoseconds[index]) }
    }

    private static func threadNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
