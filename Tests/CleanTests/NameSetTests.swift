import TestSupport
import Testing

@testable import Clean

/// `NameSet` answers as lower-casing and splitting the value would, for ASCII values, and declines others.
@Suite struct NameSetTests {
    @Test func matchesTheStringSplitForASCIIValues() {
        let names = ["entry-content", "article__body", "post", "x"]
        let set = NameSet(names)
        let pieces = ["Entry-Content", "entry-content", "article__BODY", "post", "posts", "x", "y", " ", "  ", "-", "content"]
        var generator = SeededGenerator(seed: 0x4A_3E5E)
        for _ in 0..<2_000 {
            var value = ""
            for _ in 0..<Int(generator.next() % 6) { value += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let expected = value.lowercased().split(separator: " ").contains { names.contains(String($0)) }
            #expect(set.containsName(in: value) == expected, "\(value.debugDescription)")
        }
        #expect(set.containsName(in: "café entry-content") == nil)
        #expect(set.containsName(in: "entry-content café") == true)
    }

    /// Word lookups answer as `Set<Substring>` membership of lower-cased words.
    @Test func wordsMatchSetMembership() {
        let words: Set<Substring> = ["date", "posted", "by", "é-line", "x"]
        let set = NameSet(words.map(String.init))
        let pieces = ["date", "Date", "dat", "e", "posted", "by", "b", "y", "é", "-line", "x", "xx", "", "É"]
        var generator = SeededGenerator(seed: 0x5E7_0F)
        for _ in 0..<2_000 {
            var word = ""
            for _ in 0..<Int(generator.next() % 3) { word += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let lowered = Substring(word.lowercased())
            #expect(set.contains(lowered) == words.contains(lowered), "\(word.debugDescription)")
        }
    }
}
