internal import WinnowCore

/// A text that compares and hashes as its lower-cased form, without building that form for ASCII text.
///
/// Why: the block filter keys every block (whole paragraphs) by lower-cased text to find repeats, and
/// lower-casing each block was the filter's largest cost. Equal hashes are confirmed on the full text.
struct FoldedText: Hashable {
    let text: String
    /// FNV-1a 64 of the lower-cased UTF-8.
    private let fold: UInt64

    init(_ text: String) {
        self.text = text
        var copy = text
        let asciiHash: UInt64? = copy.withUTF8 { bytes in
            var hash = StableHashing.fnvOffsetBasis
            for byte in bytes {
                if byte >= 0x80 { return nil }
                hash = (hash ^ UInt64(ByteSearch.lowered(byte))) &* StableHashing.fnvPrime
            }
            return hash
        }
        fold = asciiHash ?? StableHashing.fnv1a64(text.lowercased().utf8)
    }

    static func == (lhs: FoldedText, rhs: FoldedText) -> Bool {
        lhs.fold == rhs.fold && (lhs.text == rhs.text || lhs.text.lowercased() == rhs.text.lowercased())
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fold)
    }
}
