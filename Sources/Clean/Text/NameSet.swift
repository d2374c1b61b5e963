/// Whole ASCII names (class names, lower case) looked up as bytes, ignoring ASCII case: no lower-cased
/// copy, no `String` per name, no hashing. Names are bucketed by length; a bucket holds a few.
struct NameSet: Sendable {
    private let byLength: [[[UInt8]]]

    init(_ names: some Sequence<String>) {
        var table: [[[UInt8]]] = []
        for name in names {
            let bytes = Array(name.lowercased().utf8)
            while table.count <= bytes.count { table.append([]) }
            table[bytes.count].append(bytes)
        }
        byLength = table
    }

    /// Whether one of the space-separated names in `value` is in the set; nil when a non-ASCII name
    /// comes before any match (Unicode lower-casing can differ from ASCII's there: the caller decides).
    func containsName(in value: String) -> Bool? {
        var value = value
        return value.withUTF8 { bytes -> Bool? in
            var start = 0
            while start < bytes.count {
                while start < bytes.count && bytes[start] == 0x20 { start += 1 }
                var end = start
                while end < bytes.count && bytes[end] != 0x20 {
                    if bytes[end] >= 0x80 { return nil }
                    end += 1
                }
                if end > start && contains(bytes, start, end) { return true }
                start = end
            }
            return false
        }
    }

    /// Whether `word` is one of the names, ignoring ASCII case. For names in ASCII this is the same
    /// as `Set<Substring>` membership of a lower-cased word (a word canonically equal to an ASCII
    /// name is that name's bytes), without hashing.
    func contains(_ word: Substring) -> Bool {
        var word = word
        return word.withUTF8 { contains($0, 0, $0.count) }
    }

    private func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length < byLength.count else { return false }
        return byLength[length].contains { name in
            name.indices.allSatisfy { ByteSearch.lowered(bytes[start + $0]) == name[$0] }
        }
    }
}
