/// Finds which of many byte phrases occur in a short text, in one pass over the text.
///
/// Why: block filtering asks, for every short block, whether it contains any of ~200 calls to action;
/// one search per phrase was the largest cost of filtering. Here each text position is checked against a
/// bitset of the phrases' first two bytes, and only phrases starting with that pair are compared.
struct PhraseIndex: Sendable {
    /// Phrase bytes and the group (e.g. a rule's position) each belongs to.
    private let phrases: [(bytes: [UInt8], group: Int)]
    /// Phrases by first byte.
    private let byFirstByte: [[Int]]
    /// Bit `a << 8 | b` is set when a phrase starts with bytes `a`, `b` (or is the single byte `a`).
    private let pairs: [UInt64]

    init(_ phrases: [(bytes: [UInt8], group: Int)]) {
        self.phrases = phrases.filter { !$0.bytes.isEmpty }
        var byFirstByte = [[Int]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
        for (index, phrase) in self.phrases.enumerated() {
            let first = Int(phrase.bytes[0])
            byFirstByte[first].append(index)
            let seconds = phrase.bytes.count > 1 ? [Int(phrase.bytes[1])] : Array(0..<256)
            for second in seconds {
                let pair = first << 8 | second
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.byFirstByte = byFirstByte
        self.pairs = pairs
    }

    /// The smallest group of any phrase contained in `text`, or nil when none is.
    func firstGroup(in text: [UInt8]) -> Int? {
        var best: Int?
        text.withUnsafeBufferPointer { hay in
            for start in 0..<hay.count {
                let first = Int(hay[start])
                let second = start + 1 < hay.count ? Int(hay[start + 1]) : 0
                let pair = first << 8 | second
                guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                for index in byFirstByte[first] {
                    let phrase = phrases[index]
                    if let best, phrase.group >= best { continue }
                    if Self.matches(phrase.bytes, hay, at: start) { best = phrase.group }
                }
            }
        }
        return best
    }

    private static func matches(_ phrase: [UInt8], _ hay: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + phrase.count <= hay.count else { return false }
        for offset in 0..<phrase.count where hay[start + offset] != phrase[offset] { return false }
        return true
    }
}
