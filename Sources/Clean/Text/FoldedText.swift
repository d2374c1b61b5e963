/// A text that compares and hashes as its lower-cased form, hashed once.
///
/// Why: the block filter keys every block (whole paragraphs) by lower-cased text to find repeats; a
/// `String` key would be hashed (and Unicode-normalised) on every set and dictionary access.
struct FoldedText: Hashable {
    /// The text lower-cased (as `String.lowercased()`).
    let lowered: String
    /// `lowered`'s UTF-8 hashed (per process, as `Hasher` is seeded).
    private let fold: Int

    init(_ text: String) {
        self.init(lowered: LowerCase.lowercased(text))
    }

    init(lowered: String) {
        var lowered = lowered
        var hasher = Hasher()
        lowered.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        self.lowered = lowered
        fold = hasher.finalize()
    }

    /// Equal lower-cased bytes: equal hashes are confirmed on the full text.
    static func == (lhs: FoldedText, rhs: FoldedText) -> Bool {
        lhs.fold == rhs.fold && lhs.lowered.utf8.elementsEqual(rhs.lowered.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fold)
    }
}
