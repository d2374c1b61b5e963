import DOM
import TestSupport
import Testing

@testable import Clean

/// The byte counters behind the density scorer must count what a plain walk over the characters counts.
@Suite struct TextStatisticsTests {
    private static let pieces = [
        ",", "，", "、", "،", "a", "é", " ", "\n", "\t", "日本", "ØŒ", "\u{8C}", "¸", "，，", "x,y", "\u{D8}", "€",
    ]

    @Test func commasMatchAScalarCount() {
        var generator = SeededGenerator(seed: 0xC0_33A5)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 20) { text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
            let expected = text.unicodeScalars.filter { ["," as Unicode.Scalar, "，", "、", "،"].contains($0) }.count
            #expect(TextStatistics.commas(in: text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func visibleLengthMatchesCollapsedText() {
        var generator = SeededGenerator(seed: 0x715_1B1E)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 20) { text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
            let collapsed = text.split(whereSeparator: { " \n\t\r\u{0C}".contains($0) }).joined(separator: " ")
            #expect(Tree.visibleLength(text) == collapsed.utf8.count, "\(text.debugDescription)")
        }
    }
}
