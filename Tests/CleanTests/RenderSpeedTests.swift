import Testing
import TestSupport
import WinnowCore

@testable import Clean

/// The byte-level text work of rendering and filtering must answer exactly as the String operations it
/// replaced.
@Suite struct RenderSpeedTests {
    /// The scalar walk `Whitespace.collapse` used before it worked on bytes.
    private func referenceCollapse(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
                0x3000:
                pendingSpace = !result.isEmpty
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            case 0x00...0x1F, 0x7F...0x9F:
                pendingSpace = !result.isEmpty
            default:
                if pendingSpace {
                    result.append(" ")
                    pendingSpace = false
                }
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Every scalar `collapse` treats specially, its neighbours, and text of one to four UTF-8 bytes.
    private static let alphabet: [Unicode.Scalar] = [
        "a", "Z", "7", ".", " ", "\t", "\n", "\r", "\u{0}", "\u{1}", "\u{B}", "\u{C}", "\u{1F}", "\u{7F}", "\u{80}",
        "\u{9F}", "\u{A0}", "\u{A1}", "\u{AD}", "é", "ß", "\u{1680}", "\u{1FFF}", "\u{2000}", "\u{200A}", "\u{200B}",
        "\u{200C}", "\u{200D}", "\u{200E}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{2060}", "\u{3000}",
        "\u{3001}", "\u{FEFF}", "\u{FFFD}", "\u{0301}", "中", "😀", "\u{1F3FB}", "\u{10FFFF}",
    ]

    @Test func byteCollapseAgreesWithScalarCollapse() {
        var random = SeededGenerator(seed: 0x5EED_0C01)
        for round in 0..<3000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...24, using: &random) {
                scalars.append(Self.alphabet.randomElement(using: &random)!)
            }
            let text = String(scalars)
            let expected = referenceCollapse(text)
            #expect(Whitespace.collapse(text) == expected, "round \(round)")
            #expect(Whitespace.collapse(Array(text.utf8)) == expected, "round \(round)")
            #expect(Array(Whitespace.collapse(text).utf8) == Array(expected.utf8), "round \(round)")
        }
    }

    @Test func collapseOfNothingIsEmpty() {
        #expect(Whitespace.collapse("") == "")
        #expect(Whitespace.collapse([UInt8]()) == "")
        #expect(Whitespace.collapse(" \u{200B}\t ") == "")
    }

    /// Random blocks of every kind, with empty lines, empty lists and tables, and empty rows and cells.
    private func randomBlocks(_ random: inout SeededGenerator) -> [Block] {
        let words = ["", "a", "Wort", "é中", "😀 x", " ", "\t", "\n"]
        func line() -> String {
            (0..<Int.random(in: 0...3, using: &random)).map { _ in words.randomElement(using: &random)! }.joined()
        }
        func lines() -> [String] { (0..<Int.random(in: 0...3, using: &random)).map { _ in line() } }
        return (0..<Int.random(in: 0...6, using: &random)).map { _ in
            switch Int.random(in: 0...5, using: &random) {
            case 0: return .heading(level: 2, text: line())
            case 1: return .paragraph(line())
            case 2: return .quote(line())
            case 3: return .code(line())
            case 4: return .list(ordered: false, items: lines())
            default: return .table(rows: (0..<Int.random(in: 0...3, using: &random)).map { _ in lines() })
            }
        }
    }

    @Test func plainTextAgreesWithJoinedLines() {
        var random = SeededGenerator(seed: 0x5EED_0C02)
        for round in 0..<2000 {
            let blocks = randomBlocks(&random)
            let lines = blocks.flatMap(\.plainLines)
            #expect(Array(Block.plainText(of: blocks).utf8) == Array(lines.joined(separator: "\n").utf8), "round \(round)")
            #expect(blocks.reduce(0) { $0 + $1.plainUTF8Count } == lines.reduce(0) { $0 + $1.utf8.count }, "round \(round)")
        }
    }

    @Test func labelWordsAgreeWithCharacterSplit() {
        var random = SeededGenerator(seed: 0x5EED_0C03)
        let pieces = ["a", "zum", "rezept", " ", " ", "  ", "\u{0301}", "é", "\r\n", "\t", "|", "😀", "\u{200D}"]
        for round in 0..<3000 {
            let label = (0..<Int.random(in: 0...10, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let expected = label.split(separator: " ")
            let words = LabelRules.words(label)
            #expect(words.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "round \(round)")
        }
    }
}
