import Foundation
import Testing
import TestSupport
import WinnowCore

@testable import Export

/// Round trips of random hostile text through every escaping writer, each read back by an independent
/// strict reader (Foundation's `JSONDecoder` and XML parser, the RFC 4180 reader in CSVRendererTests).
/// Fixed seeds: a failure names its seed and case and replays identically. (Not `JSONSerialization`:
/// swift-corelibs-foundation's drops a U+FEFF at the start of a string or after an escape.)
@Suite struct EscapingPropertyTests {
    static let seeds: [UInt64] = [1, 7, 2024, 0xDEAD_BEEF]
    static let casesPerSeed = 150

    /// `text` as each writer promises to keep it: XML and CSV drop the C0 controls other than tab, LF
    /// and CR (XML also U+FFFE/U+FFFF, CSV also DEL).
    static func kept(_ text: String, droppingAlso extra: Set<UInt32>) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            let value = scalar.value
            return !(value < 0x20 && ![0x09, 0x0A, 0x0D].contains(value)) && !extra.contains(value)
        }
    }

    @Test(arguments: seeds)
    func jsonStringsRoundTripAndCarryNoRawControls(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for index in 0..<Self.casesPerSeed {
            let text = HostileText.string(using: &generator)
            for layout in [JSONValue.Layout.compact, .pretty] {
                let json = JSONValue.array([.string(text)]).serialized(layout)
                let parsed = try JSONDecoder().decode([String].self, from: Data(json.utf8))
                #expect(parsed.first.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars), "seed \(seed) case \(index)")
                let raw = json.unicodeScalars.filter { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" }
                #expect(raw.allSatisfy { layout == .pretty && ($0 == "\n" || $0 == " ") }, "seed \(seed) case \(index)")
            }
        }
    }

    struct Line: Decodable {
        let input: String
        let outputs: [String]
        let error: String?
    }

    @Test(arguments: seeds)
    func manifestLinesAreOneLineAndReadBack(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for index in 0..<Self.casesPerSeed {
            let input = HostileText.string(using: &generator)
            let error = HostileText.string(using: &generator)
            let line = ManifestEntry(input: input, status: .error, outputs: [input], error: error).json
                .serialized(.compact)
            #expect(!line.contains("\n") && !line.contains("\r"), "seed \(seed) case \(index)")
            let entry = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
            #expect(Array(entry.input.unicodeScalars) == Array(input.unicodeScalars), "seed \(seed) case \(index)")
            #expect(entry.error.map { Array($0.unicodeScalars) } == Array(error.unicodeScalars), "seed \(seed) case \(index)")
            #expect(entry.outputs.map { $0.unicodeScalars.map(\.value) } == [input.unicodeScalars.map(\.value)])
        }
    }

    @Test(arguments: seeds)
    func csvCellsRoundTripThroughAStrictReader(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for index in 0..<Self.casesPerSeed {
            let text = HostileText.string(using: &generator)
            let article = Article(metadata: Metadata(title: text, tags: [text]), blocks: [.paragraph(text)])
            let rows = try readCSV(CSVRenderer.render(article, origin: text))
            #expect(rows.count == 2 && rows[1].count == CSVRenderer.columns.count, "seed \(seed) case \(index)")
            let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
            var expected = Self.kept(text, droppingAlso: [0x7F])
            if let first = expected.first, CSVRenderer.formulaStarters.contains(first) { expected.insert("'", at: 0) }
            #expect(row["title"].map { Array($0.unicodeScalars) } == expected, "seed \(seed) case \(index)")
            #expect(row["source"].map { Array($0.unicodeScalars) } == expected, "seed \(seed) case \(index)")
        }
    }

    @Test(arguments: seeds)
    func xmlStaysWellFormedAndReadsBack(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for index in 0..<Self.casesPerSeed {
            let text = HostileText.string(using: &generator)
            let article = Article(
                metadata: Metadata(title: text), blocks: [.paragraph(text), .table(rows: [[text, text]])])
            let root = try parseXML(XMLRenderer.render(article, origin: text))
            let expected = Self.kept(text, droppingAlso: [0xFFFE, 0xFFFF])
            #expect(root.child("title").map { Array($0.text.unicodeScalars) } ?? [] == expected, "seed \(seed) case \(index)")
            #expect(root.child("source").map { Array($0.text.unicodeScalars) } ?? [] == expected, "seed \(seed) case \(index)")
            let paragraph = root.child("text")?.child("p")
            #expect(paragraph.map { Array($0.text.unicodeScalars) } ?? [] == expected, "seed \(seed) case \(index)")
        }
    }
}
