import Foundation
import Testing
import TestSupport

@testable import Clean

/// The finishing stage's word splitters read UTF-8 bytes and lower each scalar as they go; they must give
/// exactly what the scalar walks with `String.lowercased()` per word that they replaced give.
@Suite struct FinishingSpeedTests {
    /// Scalars from every class the splitters tell apart: ASCII letters, digits and punctuation, two-byte
    /// letters that change or keep their case (Greek sigma, Cyrillic, Arabic with Persian and Urdu
    /// letters, Hebrew points), marks, ideographs, kana, Hangul, letters whose lower case is longer
    /// (İ) or shorter (the Kelvin sign), non-ASCII digits, spaces, emoji.
    static let alphabet: [Unicode.Scalar] = Array(
        "aZq09 ,.-\n\tÉéßẞΣσςΩДдыёїґъђјАبپٹی٣עִ\u{301}\u{93F}\u{E31}東京ひカ한İ\u{212A}\u{2126}Ａ１\u{A0}\u{2003}👍𠀀ǅⱥ"
            .unicodeScalars)

    static func randomTexts(seed: UInt64, count: Int) -> [String] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...60, using: &random) {
                scalars.append(alphabet.randomElement(using: &random)!)
            }
            return String(scalars)
        }
    }

    /// The scalar walk `SimHash.wordBytes` replaced: each word gathered as scalars, lowered when done.
    static func referenceWords(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { words.append(word.lowercased()) }
            word = ""
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isIdeographic =
                (0x3040...0x30FF).contains(value) || (0x3400...0x9FFF).contains(value)
                || (0xF900...0xFAFF).contains(value) || (0x20000...0x2A6DF).contains(value)
            if isIdeographic {
                flush()
                words.append(String(scalar))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    @Test func simHashWordsAgreeWithScalarWalk() {
        for text in Self.randomTexts(seed: 0xF1_0001, count: 3000) {
            #expect(SimHash.words(text) == Self.referenceWords(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// The scalar walk `LanguageDetector.evidence` replaced: letters counted per script, words lowered
    /// with `lowercased()` when done.
    static func referenceEvidence(_ text: String) -> LanguageDetector.Evidence {
        var evidence = LanguageDetector.Evidence()
        var word = ""
        func flush() {
            var bytes = Array(word.lowercased().utf8)
            evidence.endWord(&bytes)
            word = ""
        }
        for scalar in text.unicodeScalars.prefix(LanguageDetector.maxScalars) {
            guard scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark else {
                flush()
                continue
            }
            word.unicodeScalars.append(scalar)
            if let script = LanguageDetector.script(of: scalar.value) { evidence.count(scalar.value, of: script) }
        }
        flush()
        return evidence
    }

    @Test func languageEvidenceAgreesWithScalarWalk() {
        for text in Self.randomTexts(seed: 0xF1_0002, count: 3000) {
            #expect(LanguageDetector.evidence(text) == Self.referenceEvidence(text), "\(text.unicodeScalars.map(\.value))")
        }
        // Past `maxScalars` nothing is read.
        let long = String(repeating: "der die und Ärger ", count: LanguageDetector.maxScalars / 10)
        #expect(LanguageDetector.evidence(long) == Self.referenceEvidence(long))
    }

    /// Lowering one scalar gives what `lowercased()` gives for it, for every scalar.
    @Test func appendLoweredAgreesWithLowercasedOnEveryScalar() {
        var differing: [UInt32] = []
        var out: [UInt8] = []
        for value: UInt32 in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            out.removeAll(keepingCapacity: true)
            Array(String(scalar).utf8).withUnsafeBufferPointer {
                LowerCase.appendLowered($0, at: 0, length: $0.count, value: value, to: &out)
            }
            if !out.elementsEqual(String(scalar).lowercased().utf8) { differing.append(value) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    /// The bit table answers as the predicate it was built from, and decoding finds every scalar.
    @Test func scalarPredicateAndDecodingAgreeWithScalarProperties() {
        let predicate = ScalarPredicate { $0.properties.isAlphabetic }
        var differing: [UInt32] = []
        for value: UInt32 in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            let decoded = bytes.withUnsafeBufferPointer { UTF8Scalars.scalar(in: $0, at: 0) }
            if decoded.value != value || decoded.length != bytes.count
                || (value < 0x1000 && predicate(value) != scalar.properties.isAlphabetic)
            {
                differing.append(value)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }
}
