/// A few short ASCII fragments looked for in a text (class values, links, words), ignoring ASCII
/// case, in one pass.
///
/// Why: most elements' classes name nothing a metadata reader wants; one scan that rules them out is
/// cheaper than splitting every class value into words, or than one search per fragment.
struct FragmentSet: Sendable {
    /// Fragments (lower case) by their first byte.
    private let byFirstByte: [[[UInt8]]]
    /// Whether a byte (either case) starts a fragment: most bytes start none and cost one table read.
    private let starts: [Bool]

    init(_ fragments: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        var starts = [Bool](repeating: false, count: 256)
        for fragment in fragments where !fragment.isEmpty {
            let bytes = Array(fragment.lowercased().utf8)
            table[Int(bytes[0])].append(bytes)
            for byte in 0..<256 where ByteSearch.lowered(UInt8(byte)) == bytes[0] { starts[byte] = true }
        }
        byFirstByte = table
        self.starts = starts
    }

    /// True when `value` contains one of the fragments, ignoring ASCII case.
    func occurs(in value: String) -> Bool {
        var value = value
        return value.withUTF8(occurs(in:))
    }

    func occurs(in value: Substring) -> Bool {
        var value = value
        return value.withUTF8(occurs(in:))
    }

    private func occurs(in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        starts.withUnsafeBufferPointer { starts in
            for start in 0..<hay.count where starts[Int(hay[start])] {
                if matchesAny(hay, at: start) { return true }
            }
            return false
        }
    }

    private func matchesAny(_ hay: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for fragment in byFirstByte[Int(ByteSearch.lowered(hay[start]))] where start + fragment.count <= hay.count {
            var offset = 1
            while offset < fragment.count && ByteSearch.lowered(hay[start + offset]) == fragment[offset] {
                offset += 1
            }
            if offset == fragment.count { return true }
        }
        return false
    }
}
