import Foundation
import Testing
import TestSupport

@testable import Clean

/// The byte-level scanners that replaced per-phrase and per-scalar String work must answer exactly as
/// the plain searches they replaced.
@Suite struct TextScanningTests {
    /// Naive reference: the smallest group with a phrase that occurs in `text`.
    private func reference(_ phrases: [(bytes: [UInt8], group: Int)], _ text: [UInt8]) -> Int? {
        phrases.filter { !$0.bytes.isEmpty && ByteSearch.contains(text, $0.bytes) }.map(\.group).min()
    }

    @Test func phraseIndexAgreesWithOneSearchPerPhrase() {
        var random = SeededGenerator(seed: 0x5EED_0001)
        let alphabet = Array("ab é".utf8)  // few letters: many partial and overlapping matches
        func word(_ length: Int) -> [UInt8] { (0..<length).map { _ in alphabet.randomElement(using: &random)! } }
        for round in 0..<300 {
            let phrases = (0..<Int.random(in: 1...12, using: &random)).map { _ in
                (bytes: word(Int.random(in: 1...5, using: &random)), group: Int.random(in: 0...5, using: &random))
            }
            let index = PhraseIndex(phrases)
            for _ in 0..<20 {
                let text = word(Int.random(in: 0...30, using: &random))
                #expect(index.firstGroup(in: text) == reference(phrases, text), "round \(round)")
            }
        }
    }

    @Test func phraseRulesStillFindCallsToActionAndLabels() {
        #expect(PhraseRules.match("Follow us on Telegram for more") == .social)
        #expect(PhraseRules.match("You have successfully subscribed to the newsletter") == .newsletter)
        #expect(PhraseRules.match("» Read more") == .related)
        #expect(PhraseRules.match("The council met on Tuesday to discuss the budget.") == nil)
    }

    @Test func prefixSetAgreesWithOneByteComparisonPerPrefix() {
        let prefixes = ["foto:", "fotos:", "photo credit", "(foto", "фото:", "©", "f"]
        let set = PrefixSet(prefixes)
        for text in ["foto: dpa", "fotos", "photo credit: x", "(fotos)", "фото: тасс", "© ap", "", "x", "fx", "(f"] {
            #expect(set.isPrefix(of: text) == prefixes.contains { text.hasBytePrefix($0) }, "\(text)")
        }
    }

    /// Trimming ASCII ends as bytes must give what trimming Characters gives, also where a combining
    /// mark, a prepended scalar or a canonical equivalent ("\u{387}" is "·") makes the Character longer.
    @Test func trimmedLabelAgreesWithCharacterTrimming() {
        let trimmed = Set(":.…!?¿¡»›>→|-–—«‹<←*•· ")
        func reference(_ text: String) -> String {
            var label = Substring(text)
            while let last = label.last, trimmed.contains(last) { label = label.dropLast() }
            while let first = label.first, trimmed.contains(first) { label = label.dropFirst() }
            return String(label)
        }
        let texts = [
            "- read more »", "read more.", "a.\u{301}", ".\u{301}a", "\u{600}.", "x\u{387}", "\u{387}x", "..", ".",
            "", " ", "é.", ".é", "– ok –", "» weiter: ", "*\u{200D}x", "a\r\n", "👍🏽.", ".👍🏽", "→ next ←", "ok",
        ]
        for text in texts {
            #expect(Array(PhraseRules.trimmedLabel(text).utf8) == Array(reference(text).utf8), "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// Caption credits searched near the end only must answer as one search of the whole text per label.
    @Test func captionCreditAgreesWithWholeTextSearch() {
        func reference(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            for label in CreditRules.tailLabels.map({ Array($0.utf8) }) {
                guard let start = ByteSearch.lastIndex(of: label, in: bytes), start > 0 else { continue }
                let tail = bytes[(start + label.count)...]
                if PhraseRules.wordCount(bytes: tail) <= CreditRules.maxTailWords
                    && tail.contains(where: { $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x80 })
                {
                    return true
                }
            }
            var cut = 0
            for (index, byte) in bytes.enumerated()
            where byte == 0x28 || byte == 0x7C || (byte == 0x2E && index + 1 < bytes.count && bytes[index + 1] == 0x20) {
                cut = index + 1
            }
            let last = bytes[cut...]
            return PhraseRules.wordCount(bytes: last) <= 6
                && CreditRules.agencies.contains { ByteSearch.contains(Array(last), Array($0.utf8)) }
        }
        var random = SeededGenerator(seed: 0x5EED_0002)
        let tokens = ["foto:", "©", "(c) ", "getty images", "reuters/", "a", "bb", "ccc", ".", "(", "|", "x.", "1975", " ", "é"]
        for round in 0..<2000 {
            let text = (0..<Int.random(in: 0...24, using: &random)).map { _ in tokens.randomElement(using: &random)! }
                .joined(separator: Bool.random(using: &random) ? " " : "")
            let words = PhraseRules.wordCount(text)
            guard words <= CreditRules.maxCaptionWords else { continue }
            #expect(CreditRules.endsWithCredit(text, words: words) == reference(text), "round \(round): \(text)")
        }
    }

    @Test func fragmentsAreFoundIgnoringASCIICase() {
        #expect(FragmentSet(["byline"]).occurs(in: "FeatureByline"))
        #expect(FragmentSet(["byline"]).occurs(in: Substring("a FeatureByline")))
        #expect(FragmentSet(["creativecommons"]).occurs(in: "https://CreativeCommons.org/licenses/by/4.0/"))
        #expect(!FragmentSet(["byline"]).occurs(in: "bylin"))
        #expect(FragmentSet(["cmp", "view", "elementor"]).occurs(in: "Elementor-Widget"))
    }

    @Test func wordSplittersLowerCaseASCIIAndUnicodeAlike() {
        #expect(SimHash.words("Hello, WORLD 42x Straße ÉTÉ 東京") == ["hello", "world", "42x", "straße", "été", "東", "京"])
        #expect(MetadataText.clean("  A\u{00A0}\t b\u{200B}c \u{7F}d  ") == "A bc d")
        #expect(MetadataText.clean("Ärger\u{2003}über", limit: 7) == "Ärger ü")
    }
}

@Suite struct LowerCaseTests {
    /// Byte for byte what `String.lowercased()` gives, for every scalar between ASCII letters.
    @Test func agreesWithStringLowercasedOnEveryScalar() {
        var differing: [UInt32] = []
        for value: UInt32 in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A\(scalar)z"
            if !LowerCase.lowercased(text).utf8.elementsEqual(text.lowercased().utf8) { differing.append(value) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    @Test func lowerCasesMixedTextWithoutContext() {
        for text in ["ΟΔΟΣ ΣΑΣ", "İSTANBUL", "Straße ÉTÉ \u{212A}elvin", "ǅungla Ⱥ 東京 𐐀", "", "plain ascii"] {
            #expect(LowerCase.lowercased(text).utf8.elementsEqual(text.lowercased().utf8), "\(text)")
        }
    }
}

@Suite struct FoldedTextTests {
    @Test func equalAndHashedAsLowerCase() {
        #expect(FoldedText("Hello World") == FoldedText("hello world"))
        #expect(FoldedText("Straße ÉTÉ") == FoldedText("straße été"))
        #expect(FoldedText("\u{212A}elvin") == FoldedText("kelvin"))  // Kelvin sign lower-cases to ASCII "k"
        #expect(FoldedText("Hello") != FoldedText("Hello!"))
        let set: Set = [FoldedText("Same Text"), FoldedText("same text"), FoldedText("SAME TEXT")]
        #expect(set.count == 1)
    }
}

@Suite struct BodyClassFragmentTests {
    /// The byte prefilter must never rule out a listed body class.
    @Test func everyBodyClassNameContainsAFragment() {
        for name in ContentHints.bodyClassNames {
            #expect(ContentHints.bodyNameFragments.occurs(in: name.uppercased()), "\(name)")
            #expect(ContentHints.hasBodyClass("wrapper \(name)"), "\(name)")
        }
        #expect(!ContentHints.hasBodyClass("sidebar widget"))
    }
}

@Suite struct ByteRangeTests {
    @Test func findsFirstAndLastOccurrenceLikeFoundation() {
        let title = "Ärger – Straße | Nachrichten | Die Zeitung"
        let first = try! #require(ByteSearch.range(of: " | ", in: title))
        let last = try! #require(ByteSearch.range(of: " | ", in: title, backwards: true))
        #expect(String(title[..<first.lowerBound]) == "Ärger – Straße")
        #expect(String(title[last.upperBound...]) == "Die Zeitung")
        #expect(ByteSearch.range(of: " – ", in: title).map { String(title[$0.upperBound...]) }
            == "Straße | Nachrichten | Die Zeitung")
        #expect(ByteSearch.range(of: " :: ", in: title) == nil)
        #expect(ByteSearch.range(of: "long needle", in: "short") == nil)
    }
}

@Suite struct CompactNameTests {
    @Test func asciiAndUnicodeNamesCompactAlike() {
        #expect(MetadataText.compact("Ars Technica") == "arstechnica")
        #expect(MetadataText.compact("The-Verge_2024!") == "theverge2024")
        #expect(MetadataText.compact("Le Monde.fr") == MetadataText.compact("Le Mondé.fr"))
        #expect(MetadataText.compact("Süddeutsche Zeitung") == "suddeutschezeitung")
    }
}

@Suite struct UTF8SummaryTests {
    /// Random mixes of ASCII runs (crossing the 8-byte fast path at every offset), multi-byte
    /// characters and stray 0xFF bytes: the counts must match what was put in.
    @Test func countsMatchTheBuiltInput() {
        var random = SeededGenerator(seed: 0x5EED_0002)
        let characters = ["é", "ж", "中", "😀", "ß"]
        for _ in 0..<500 {
            var bytes: [UInt8] = []
            var multiByte = 0
            var nonASCII = 0
            var invalid = 0
            for _ in 0..<Int.random(in: 0...20, using: &random) {
                switch Int.random(in: 0...2, using: &random) {
                case 0:
                    bytes += Array(repeating: UInt8(ascii: "a"), count: Int.random(in: 0...19, using: &random))
                case 1:
                    let character = Array(characters.randomElement(using: &random)!.utf8)
                    bytes += character
                    multiByte += 1
                    nonASCII += character.count
                default:
                    bytes.append(0xFF)
                    invalid += 1
                    nonASCII += 1
                }
            }
            let summary = UTF8Validation.summarize(bytes)
            #expect(summary.multiByte == multiByte && summary.invalid == invalid && summary.nonASCIIBytes == nonASCII)
        }
    }
}

/// `trimmingEdges(in:)` replaced Foundation's `trimmingCharacters(in:)` and must trim the same scalars.
@Suite struct EdgeTrimmingTests {
    @Test func edgeTrimmingAgreesWithFoundation() {
        var random = SeededGenerator(seed: 0x5EED_0002)
        // Spaces, marks, punctuation inside and beyond the BMP (Foundation never trims the latter).
        let pool: [Unicode.Scalar] = [
            " ", "\n", "\u{A0}", "\u{3000}", "\u{85}", "\u{301}", "a", "é", ".", "-", ":", "(", "\"", "!",
            "\u{10100}", "\u{1F600}",
        ]
        let sets: [CharacterSet] = [.whitespacesAndNewlines, .whitespaces, .punctuationCharacters, ["-", ":", "("]]
        for round in 0..<2_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...6, using: &random) { scalars.append(pool.randomElement(using: &random)!) }
            let text = String(scalars)
            for set in sets {
                let expected = Array(text.trimmingCharacters(in: set).unicodeScalars)
                #expect(Array(text.trimmingEdges(in: set).unicodeScalars) == expected, "round \(round)")
            }
        }
    }
}

/// `MetadataText.hasText` answers without cleaning and must agree with `clean(_:) != nil`.
@Suite struct HasTextTests {
    @Test func hasTextAgreesWithClean() {
        var random = SeededGenerator(seed: 0x5EED_0003)
        // Spaces, controls, invisible marks, entities (some decoding to spaces) and letters.
        let pieces = [
            " ", "\n", "\u{7F}", "\u{85}", "\u{A0}", "\u{200B}", "\u{FEFF}", "\u{2060}", "&nbsp;", "&amp;", "&", "x",
            "é",
        ]
        for round in 0..<2_000 {
            let text = (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            #expect(MetadataText.hasText(text) == (MetadataText.clean(text) != nil), "round \(round)")
        }
    }
}
