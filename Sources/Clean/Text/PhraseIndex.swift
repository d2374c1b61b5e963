/// Finds which of many byte phrases occur in a short text, in one pass over the text.
///
/// Why: block filtering asks, for every short block, whether it contains any of ~250 calls to action;
/// one search per phrase was the largest cost of filtering. Here the first bytes at each text position
/// (as many as the shortest phrase has, up to four) are hashed and checked against a bitset of the
/// phrases' first bytes; only phrases whose first bytes hash alike are compared. Two-byte keys let most
/// English positions through ("co", "re", "th" start many phrases); four-byte keys very few.
struct PhraseIndex: Sendable {
    /// Phrase bytes and the group (e.g. a rule's position) each belongs to.
    private let phrases: [(bytes: [UInt8], group: Int)]
    /// Bytes per key: the shortest phrase's length, at most 4.
    private let keyLength: Int
    /// Bit `h` is set when a phrase's key hashes to `h`.
    private let hashes: [UInt64]
    /// Per key hash with its bit set: its position in `byHash`.
    private let slotOfHash: [UInt16]
    /// Phrases by the hash of their key, smallest group first.
    private let byHash: [[Int]]

    init(_ phrases: [(bytes: [UInt8], group: Int)]) {
        let phrases = phrases.filter { !$0.bytes.isEmpty }
        let keyLength = min(4, phrases.map(\.bytes.count).min() ?? 1)
        var hashes = [UInt64](repeating: 0, count: (1 << Self.hashBits) / 64)
        var slotOfHash = [UInt16](repeating: 0, count: 1 << Self.hashBits)
        var byHash: [[Int]] = []
        for index in phrases.indices.sorted(by: { (phrases[$0].group, $0) < (phrases[$1].group, $1) }) {
            let hash = Self.hash(phrases[index].bytes.prefix(keyLength).reduce(0) { $0 << 8 | UInt64($1) })
            if hashes[hash >> 6] & (1 << UInt64(hash & 63)) == 0 {
                hashes[hash >> 6] |= 1 << UInt64(hash & 63)
                slotOfHash[hash] = UInt16(byHash.count)
                byHash.append([])
            }
            byHash[Int(slotOfHash[hash])].append(index)
        }
        self.phrases = phrases
        self.keyLength = keyLength
        self.hashes = hashes
        self.slotOfHash = slotOfHash
        self.byHash = byHash
    }

    /// The smallest group of any phrase contained in `text`, or nil when none is.
    func firstGroup(in text: [UInt8]) -> Int? {
        text.withUnsafeBufferPointer(firstGroup(in:))
    }

    func firstGroup(in text: String) -> Int? {
        var text = text
        return text.withUTF8(firstGroup(in:))
    }

    private func firstGroup(in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !phrases.isEmpty, hay.count >= keyLength else { return nil }
        var best: Int?
        let mask: UInt64 = (1 << (8 * UInt64(keyLength))) - 1
        var key = hay.prefix(keyLength - 1).reduce(0) { $0 << 8 | UInt64($1) }
        hashes.withUnsafeBufferPointer { hashes in  // the hot loop: no bounds checks on the bitset
            for start in 0...(hay.count - keyLength) {
                key = (key << 8 | UInt64(hay[start + keyLength - 1])) & mask  // bytes start..<start + keyLength
                let hash = Self.hash(key)
                guard hashes[hash >> 6] & (1 << UInt64(hash & 63)) != 0 else { continue }
                for index in byHash[Int(slotOfHash[hash])] {
                    let phrase = phrases[index]
                    if let best, phrase.group >= best { break }
                    if Self.matches(phrase.bytes, hay, at: start) { best = phrase.group }
                }
            }
        }
        return best
    }

    private static let hashBits = 16

    /// A key's bucket: the top `hashBits` bits of a multiplicative hash.
    @inline(__always)
    private static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - hashBits))
    }

    private static func matches(_ phrase: [UInt8], _ hay: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + phrase.count <= hay.count else { return false }
        for offset in 0..<phrase.count where hay[start + offset] != phrase[offset] { return false }
        return true
    }
}
