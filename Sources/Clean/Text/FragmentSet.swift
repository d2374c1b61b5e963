/// A few short ASCII fragments looked for in a text (class values, links, words), ignoring ASCII
/// case, in one pass.
///
/// Why: most elements' classes name nothing a metadata reader wants; one scan that rules them out is
/// cheaper than splitting every class value into words, or than one search per fragment.
struct FragmentSet: Sendable {
    /// All fragments (lower case) end to end, grouped by first byte.
    private let bytes: [UInt8]
    /// Per fragment, grouped as `bytes`: where it starts in `bytes` and its length.
    private let fragments: [(start: Int, count: Int)]
    /// Per byte value (either case of a letter): the range of `fragments` that start with it. Flat
    /// arrays: no nested array is retained per byte.
    private let startingWith: [Range<Int>]
    /// One bit per pair of (lower-cased) bytes that begins some fragment: a position is compared only
    /// when its first two bytes could start one, which common letters alone would not rule out.
    /// Empty when a fragment is a single byte (then positions are picked by their first byte).
    private let pairs: [UInt64]

    init(_ fragments: [String]) {
        let lowered = fragments.filter { !$0.isEmpty }.map { Array($0.lowercased().utf8) }
        var bytes: [UInt8] = []
        var table: [(start: Int, count: Int)] = []
        var ranges = [Range<Int>](repeating: 0..<0, count: 256)
        for first in 0..<256 {
            let start = table.count
            for fragment in lowered where fragment[0] == UInt8(first) {
                table.append((bytes.count, fragment.count))
                bytes += fragment
            }
            ranges[first] = start..<table.count
        }
        // Upper-case letters start what their lower-case forms start.
        for byte in 0..<256 { ranges[byte] = ranges[Int(ByteSearch.lowered(UInt8(byte)))] }
        self.bytes = bytes
        self.fragments = table
        self.startingWith = ranges
        var pairs = [UInt64](repeating: 0, count: lowered.allSatisfy { $0.count >= 2 } ? 1024 : 0)
        if !pairs.isEmpty {
            for fragment in lowered {
                let pair = Int(fragment[0]) << 8 | Int(fragment[1])
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.pairs = pairs
    }

    /// True when `value` contains one of the fragments, ignoring ASCII case.
    func occurs(in value: String) -> Bool {
        var value = value
        return value.withUTF8(occurs(in:))
    }

    /// False for nil (an absent attribute).
    func occurs(in value: String?) -> Bool {
        guard let value else { return false }
        return occurs(in: value)
    }

    func occurs(in value: Substring) -> Bool {
        var value = value
        return value.withUTF8(occurs(in:))
    }

    private func occurs(in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !pairs.isEmpty else {
            return startingWith.withUnsafeBufferPointer { startingWith in
                for start in 0..<hay.count where !startingWith[Int(hay[start])].isEmpty {
                    if matchesAny(hay, at: start, startingWith[Int(hay[start])]) { return true }
                }
                return false
            }
        }
        guard hay.count >= 2 else { return false }
        return pairs.withUnsafeBufferPointer { pairs in
            var previous = ByteSearch.lowered(hay[0])
            for start in 0..<(hay.count - 1) {
                let next = ByteSearch.lowered(hay[start + 1])
                let pair = Int(previous) << 8 | Int(next)
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0,
                    matchesAny(hay, at: start, startingWith[Int(previous)])
                {
                    return true
                }
                previous = next
            }
            return false
        }
    }

    private func matchesAny(_ hay: UnsafeBufferPointer<UInt8>, at start: Int, _ candidates: Range<Int>) -> Bool {
        for candidate in candidates {
            let fragment = fragments[candidate]
            guard start + fragment.count <= hay.count else { continue }
            var offset = 1
            while offset < fragment.count && ByteSearch.lowered(hay[start + offset]) == bytes[fragment.start + offset] {
                offset += 1
            }
            if offset == fragment.count { return true }
        }
        return false
    }
}
