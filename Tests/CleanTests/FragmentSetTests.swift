import TestSupport
import Testing

@testable import Clean

/// `FragmentSet` must answer as a case-insensitive search for each fragment would, and the hint sets built
/// on it must cover every word they stand for.
@Suite struct FragmentSetTests {
    /// With a one-byte fragment positions are picked by their first byte, otherwise by their first two.
    @Test(arguments: [["post", "posted", "dat", "a", "Time", "é-x"], ["post", "posted", "dat", "Time", "é-x", "ab"]])
    func agreesWithOneSearchPerFragment(fragments: [String]) {
        let set = FragmentSet(fragments)
        let pieces = ["POST", "po", "st", "ed", "DaT", "d", "at", "tim", "E", "é-X", "é", "-x", " ", "b", "A"]
        var generator = SeededGenerator(seed: 0xF4A6)
        for _ in 0..<3_000 {
            var value = ""
            for _ in 0..<Int(generator.next() % 7) { value += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let lowered = String(decoding: value.utf8.map(ByteSearch.lowered), as: UTF8.self)
            let expected = fragments.contains { contains(lowered, $0.lowercased()) }
            #expect(set.occurs(in: value) == expected, "\(value.debugDescription)")
        }
    }

    private func contains(_ text: String, _ fragment: String) -> Bool {
        let hay = Array(text.utf8), needle = Array(fragment.utf8)
        guard needle.count <= hay.count else { return false }
        return (0...(hay.count - needle.count)).contains { Array(hay[$0..<($0 + needle.count)]) == needle }
    }

    @Test func pageScanHintsCoverEveryBylineAndDateWord() {
        for word in PageScan.dateWords.map(String.init) + BylineTokens.bylineWords.map(String.init) + ["byline"] {
            #expect(PageScan.hintFragments.occurs(in: word), "\(word)")
        }
    }
}
