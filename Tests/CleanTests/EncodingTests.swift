import DOM
import TestSupport
import Testing

@testable import Clean

/// The byte-decoding decision: every case goes through libxml2 (`HTMLParser.parse`) and must give back the
/// original text, because a wrong name or an undecodable byte only shows up there (as mojibake or a cut page).
@Suite struct EncodingTests {
    typealias Fixture = EncodingFixtures.Fixture

    // MARK: Helpers

    /// A small page: `head` markup, then `body` bytes in a paragraph, then an ASCII marker paragraph that shows
    /// the parser read to the end.
    static func page(head: String = "", _ body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)<title>t</title></head><body><p>".utf8) + body
            + Array("</p><p>END</p></body></html>".utf8)
    }

    /// The text of the first paragraph after parsing as `prepare` decided, checking the page was read to the end.
    static func firstParagraph(_ input: PreparedInput) throws -> String {
        let tree = try HTMLParser.parse(input.bytes, encoding: input.encoding)
        let paragraphs = tree.elements(named: "p")
        try #require(paragraphs.count == 2, "page cut short: \(tree.textContent(of: Tree.root))")
        #expect(tree.textContent(of: paragraphs[1]) == "END")
        return tree.textContent(of: paragraphs[0])
    }

    /// Encodes ASCII markup plus `text` as UTF-16 (little- or big-endian), optionally with a BOM.
    static func utf16(_ string: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in string.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    // MARK: Byte order marks and UTF-16

    @Test func utf8BOMIsStrippedAndOutranksTransportAndMeta() throws {
        let body = Array(EncodingFixtures.german.utf8)
        let bytes = [0xEF, 0xBB, 0xBF] + Self.page(head: #"<meta charset="windows-1251">"#, body)
        let input = EncodingDetector.prepare(bytes, transportCharset: "windows-1251")
        #expect(input.source == .bom)
        #expect(input.encoding == "UTF-8")
        #expect(Array(input.bytes.prefix(3)) != [0xEF, 0xBB, 0xBF])
        #expect(try Self.firstParagraph(input) == EncodingFixtures.german)
    }

    @Test(arguments: [false, true])
    func utf16WithBOM(bigEndian: Bool) throws {
        let html =
            "<html><head><meta charset=\"utf-8\"></head><body><p>\(EncodingFixtures.russian)</p><p>END</p></body></html>"
        let input = EncodingDetector.prepare(
            Self.utf16(html, bigEndian: bigEndian, bom: true), transportCharset: nil)
        #expect(input.source == .bom)
        #expect(input.encoding == (bigEndian ? "UTF-16BE" : "UTF-16LE"))
        #expect(try Self.firstParagraph(input) == EncodingFixtures.russian)
    }

    @Test(arguments: [false, true])
    func utf16WithoutBOMIsDetectedDespiteClaims(bigEndian: Bool) throws {
        let html = "<html><body><p>\(EncodingFixtures.japanese)</p><p>END</p></body></html>"
        let input = EncodingDetector.prepare(
            Self.utf16(html, bigEndian: bigEndian, bom: false), transportCharset: "utf-8")
        #expect(input.source == .detected)
        #expect(input.encoding == (bigEndian ? "UTF-16BE" : "UTF-16LE"))
        #expect(try Self.firstParagraph(input) == EncodingFixtures.japanese)
    }

    @Test func utf16LoneSurrogateIsReplacedInsteadOfCuttingThePage() throws {
        var bytes = Self.utf16("<p>a", bigEndian: false, bom: true)
        bytes += [0x00, 0xD8]  // a high surrogate with no low surrogate: libxml2 would stop here
        bytes += Self.utf16("b</p><p>END</p>", bigEndian: false, bom: false)
        let input = EncodingDetector.prepare(bytes, transportCharset: nil)
        #expect(input.replacements == 1)
        #expect(try Self.firstParagraph(input) == "a\u{FFFD}b")
    }

    // MARK: Declarations and how far they are trusted

    @Test func declaredCharsetsDecodeEveryFixture() throws {
        for fixture in EncodingFixtures.all {
            let head =
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(fixture.charset.lowercased())\">"
            let input = EncodingDetector.prepare(
                Self.page(head: head, fixture.bytes), transportCharset: nil)
            #expect(input.source == .meta, "\(fixture.charset)")
            #expect(input.charset.lowercased() == fixture.charset.lowercased())
            #expect(try Self.firstParagraph(input) == fixture.text, "\(fixture.charset)")
        }
    }

    @Test func whatwgLabelsMapToSupersets() throws {
        let cases: [(label: String, fixture: Fixture)] = [
            ("gb2312", EncodingFixtures.chineseGb18030), ("x-gbk", EncodingFixtures.chineseGb18030),
            ("shift_jis", EncodingFixtures.japaneseCp932), ("ms_kanji", EncodingFixtures.japaneseCp932),
            ("euc-kr", EncodingFixtures.koreanCp949), ("ks_c_5601-1987", EncodingFixtures.koreanCp949),
            ("iso-8859-1", EncodingFixtures.frenchWindows1252),
            ("latin1", EncodingFixtures.germanWindows1252),
            ("cp1251", EncodingFixtures.russianWindows1251),
            ("big5", EncodingFixtures.traditionalBig5Hkscs),
        ]
        for (label, fixture) in cases {
            let input = EncodingDetector.prepare(
                Self.page(head: "<meta charset=\(label)>", fixture.bytes), transportCharset: nil)
            #expect(input.source == .meta, "\(label)")
            #expect(try Self.firstParagraph(input) == fixture.text, "\(label)")
        }
        #expect(CharsetLabel.charset(for: " \"UTF8\" ") == .utf8)
        #expect(CharsetLabel.charset(for: "US-ASCII") == .windows1252)
        #expect(CharsetLabel.charset(for: "ISO_8859-2:1987") == .iso8859Part2)
        #expect(CharsetLabel.charset(for: "iso-8859-9") == .windows1254)
        #expect(CharsetLabel.charset(for: "x-mac-klingon") == nil)
    }

    @Test func metaClaimingUTF8OnWindows1251BytesIsOverruled() throws {
        let fixture = EncodingFixtures.russianWindows1251
        let input = EncodingDetector.prepare(
            Self.page(head: #"<meta charset="utf-8">"#, fixture.bytes), transportCharset: nil)
        #expect(input.source == .detected)
        #expect(input.encoding == "windows-1251")
        #expect(try Self.firstParagraph(input) == fixture.text)
    }

    @Test func latin1DeclarationOnValidUTF8IsUTF8() throws {
        let bytes = Self.page(
            head: #"<meta charset="iso-8859-1">"#, Array(EncodingFixtures.french.utf8))
        for transport in [nil, "ISO-8859-1"] {
            let input = EncodingDetector.prepare(bytes, transportCharset: transport)
            #expect(input.encoding == "UTF-8")
            #expect(input.source == .detected)
            #expect(try Self.firstParagraph(input) == EncodingFixtures.french)
        }
    }

    @Test func transportCharsetOutranksMeta() throws {
        let koi8 = EncodingFixtures.russianKoi8R
        let input = EncodingDetector.prepare(
            Self.page(head: #"<meta charset="windows-1251">"#, koi8.bytes), transportCharset: "koi8-r")
        #expect(input.source == .transport)
        #expect(input.encoding == "KOI8-R")
        #expect(try Self.firstParagraph(input) == koi8.text)

        // A whole Content-Type value works as well as a bare label.
        let chinese = EncodingFixtures.chineseGb18030
        let second = EncodingDetector.prepare(
            Self.page(head: #"<meta charset="big5">"#, chinese.bytes),
            transportCharset: "text/html; Charset=\"GBK\"")
        #expect(second.source == .transport)
        #expect(second.encoding == "GB18030")
        #expect(try Self.firstParagraph(second) == chinese.text)
    }

    @Test func transportContradictedByBytesFallsBackToMeta() throws {
        // A server default ("iso-8859-1") on a windows-1251 page that says so itself.
        let fixture = EncodingFixtures.russianWindows1251
        let input = EncodingDetector.prepare(
            Self.page(
                head: "<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=windows-1251'>",
                fixture.bytes),
            transportCharset: "ISO-8859-1")
        #expect(input.source == .meta)
        #expect(try Self.firstParagraph(input) == fixture.text)
    }

    @Test func unknownLabelsAreIgnored() throws {
        let fixture = EncodingFixtures.russianWindows1251
        let input = EncodingDetector.prepare(
            Self.page(head: #"<meta charset="x-made-up">"#, fixture.bytes), transportCharset: "none")
        #expect(input.source == .detected)
        #expect(input.encoding == "windows-1251")
        #expect(try Self.firstParagraph(input) == fixture.text)
    }

    @Test func declaredMultiByteCharsetUnderWhichBytesAreInvalidIsPassedOver() throws {
        let fixture = EncodingFixtures.russianWindows1251  // odd-length words leave illegal Shift_JIS trail bytes
        let input = EncodingDetector.prepare(
            Self.page(head: "<meta charset=shift_jis>", fixture.bytes), transportCharset: nil)
        #expect(input.source == .detected)
        #expect(try Self.firstParagraph(input) == fixture.text)
    }

    @Test func metaScannerForms() {
        func scan(_ html: String) -> Charset? {
            MetaCharsetScanner.declaredCharset(in: Array(html.utf8))
        }
        #expect(scan(#"<META CHARSET="Windows-1251">"#) == .windows1251)
        #expect(scan("<meta charset=koi8-r/>") == .koi8R)
        #expect(scan("<meta content='text/html;charset = euc-kr' http-equiv='content-type'>") == .eucKR)
        #expect(scan(#"<?xml version="1.0" encoding="Shift_JIS"?><html>"#) == .shiftJIS)
        #expect(scan(#"<!-- <meta charset="gbk"> --><meta charset="windows-1250">"#) == .windows1250)
        #expect(scan(#"<meta charset="bogus"><meta charset="utf-8">"#) == .utf8)
        #expect(scan(#"<meta charset="utf-16">"#) == .utf8)  // WHATWG: ASCII bytes cannot be UTF-16
        #expect(scan(#"<metadata charset="gbk">"#) == nil)
        #expect(scan(#"<meta name="description" content="charset=gbk">"#) == nil)
        #expect(scan(String(repeating: " ", count: 5000) + #"<meta charset="gbk">"#) == nil)
    }

    // MARK: Detection

    /// Every modelled encoding is recognized from a couple of sentences, with no declaration at all.
    @Test(arguments: [
        EncodingFixtures.russianWindows1251, EncodingFixtures.russianKoi8R,
        EncodingFixtures.germanWindows1252,
        EncodingFixtures.frenchWindows1252, EncodingFixtures.czechWindows1250,
        EncodingFixtures.polishWindows1250,
        EncodingFixtures.polishIso88592, EncodingFixtures.arabicWindows1256,
        EncodingFixtures.chineseGb18030,
        EncodingFixtures.japaneseCp932, EncodingFixtures.japaneseEucJp, EncodingFixtures.koreanCp949,
        EncodingFixtures.japaneseIso2022Jp,
    ])
    func undeclaredEncodingIsDetected(_ fixture: Fixture) throws {
        let input = EncodingDetector.prepare(Self.page(fixture.bytes), transportCharset: nil)
        #expect(input.source == .detected)
        #expect(input.encoding.lowercased() == fixture.charset.lowercased())
        #expect(try Self.firstParagraph(input) == fixture.text)
    }

    @Test func undeclaredUTF8IsDetected() throws {
        let input = EncodingDetector.prepare(
            Self.page(Array(EncodingFixtures.korean.utf8)), transportCharset: nil)
        #expect(input.source == .detected)
        #expect(input.encoding == "UTF-8")
        #expect(try Self.firstParagraph(input) == EncodingFixtures.korean)
    }

    @Test func pureASCIIDefaultsToUTF8() throws {
        let input = EncodingDetector.prepare(
            Self.page(Array("Plain news, nothing else.".utf8)), transportCharset: nil)
        #expect(input.source == .defaulted)
        #expect(input.encoding == "UTF-8")
        #expect(try Self.firstParagraph(input) == "Plain news, nothing else.")
        #expect(EncodingDetector.prepare([], transportCharset: nil).encoding == "UTF-8")
    }

    @Test func evidenceDeepInABigPageIsFound() throws {
        // 600 KB of ASCII script before the first Cyrillic word: the sample skips ASCII, so it is found.
        let script = Array("<script>var x = 'abcdefghij';</script>\n".utf8)
        var bytes = Array("<html><head>".utf8)
        while bytes.count < 600_000 { bytes += script }
        bytes += Array("</head><body><p>".utf8)
        for _ in 0..<2_000 { bytes += EncodingFixtures.russianWindows1251.bytes + [0x20] }
        bytes += Array("</p><p>END</p></body></html>".utf8)
        let prepared = EncodingDetector.prepare(bytes, transportCharset: nil)
        #expect(prepared.encoding == "windows-1251")
        #expect(try Self.firstParagraph(prepared).hasPrefix(EncodingFixtures.russian))
    }

    // MARK: Invalid bytes never reach libxml2

    @Test func invalidUTF8IsReplacedNotReadAsLatin1() throws {
        // A stray 0xFF, an overlong "/" (C0 AF) and a surrogate (ED A0 80) in an otherwise UTF-8 page.
        let text = EncodingFixtures.russian + " " + EncodingFixtures.japanese
        let body =
            Array("Grüße \u{2014} ".utf8) + [0xFF] + Array(" x ".utf8) + [0xC0, 0xAF] + Array(" y ".utf8)
            + [0xED, 0xA0, 0x80] + Array(" \(text)".utf8)
        for head in [#"<meta charset="utf-8">"#, ""] {
            let input = EncodingDetector.prepare(Self.page(head: head, body), transportCharset: nil)
            #expect(input.encoding == "UTF-8")
            #expect(input.replacements == 6)  // 1 + 2 + 3 maximal subparts, as WHATWG counts them
            #expect(UTF8Validation.summarize(input.bytes).isValid)
            #expect(
                try Self.firstParagraph(input)
                    == "Grüße \u{2014} \u{FFFD} x \u{FFFD}\u{FFFD} y \u{FFFD}\u{FFFD}\u{FFFD} \(text)")
        }
    }

    @Test func undefinedByteInDeclaredWindows1252DoesNotCutThePage() throws {
        // 0x81 is undefined in windows-1252: iconv rejects it and libxml2 would drop everything after it.
        let body = Array("caf".utf8) + [0xE9, 0x20, 0x81, 0x20] + Array("ok".utf8)
        let input = EncodingDetector.prepare(
            Self.page(head: "<meta charset=windows-1252>", body), transportCharset: nil)
        #expect(input.source == .meta)
        #expect(input.charset == "windows-1252")
        #expect(input.encoding == "UTF-8")
        #expect(input.replacements == 1)
        #expect(try Self.firstParagraph(input) == "café \u{FFFD} ok")
    }

    /// Random bytes (without `<` and `&`, which would make markup): whatever is decided, libxml2 gets bytes it
    /// can decode completely, so the trailing marker paragraph always survives.
    @Test func randomBytesAlwaysGiveDecodableInput() throws {
        var generator = SeededGenerator(seed: 20_240_601)
        for round in 0..<300 {
            let length = Int(generator.next() % 400)
            var body: [UInt8] = []
            for _ in 0..<length {
                var byte = UInt8(truncatingIfNeeded: generator.next())
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == 0 { byte = 0x20 }
                body.append(byte)
            }
            let transport = ["utf-8", "windows-1251", "shift_jis", "gbk", "euc-kr", nil][round % 6]
            let input = EncodingDetector.prepare(Self.page(body), transportCharset: transport)
            if input.encoding == "UTF-8" {
                #expect(UTF8Validation.summarize(input.bytes).isValid)
            } else {
                let charset = try #require(Charset(rawValue: input.encoding))
                #expect(IconvTranscoder.utf8(from: input.bytes, charset: charset)?.replacements == 0)
            }
            _ = try Self.firstParagraph(input)
        }
    }

    // MARK: Names

    /// libxml2 silently falls back to Latin-1 for a name iconv does not know, so check each name decodes
    /// through libxml2 exactly as through iconv (every printable high byte for single-byte charsets).
    @Test(arguments: Charset.allCases)
    func everyCharsetNameWorksInLibxml2(_ charset: Charset) throws {
        let body: [UInt8]
        switch charset {
        case .utf8: body = Array(EncodingFixtures.french.utf8)
        case .utf16LE, .utf16BE:
            body = Self.utf16(EncodingFixtures.french, bigEndian: charset == .utf16BE, bom: false)
        case .gb18030: body = EncodingFixtures.chineseGb18030.bytes
        case .big5: body = EncodingFixtures.traditionalBig5Hkscs.bytes
        case .shiftJIS: body = EncodingFixtures.japaneseCp932.bytes
        case .eucJP: body = EncodingFixtures.japaneseEucJp.bytes
        case .iso2022JP: body = EncodingFixtures.japaneseIso2022Jp.bytes
        case .eucKR: body = EncodingFixtures.koreanCp949.bytes
        default:
            // Bytes this charset defines as printable (ISO-8859-3, -6, -8 and windows-874 leave some undefined;
            // ISO-8859 puts C1 controls at 0x80-0x9F). 0x80-0x9F tell windows-1252 from a Latin-1 fallback.
            body = (0x80...0xFF).map(UInt8.init).filter { byte in
                guard let decoded = IconvTranscoder.utf8(from: [byte], charset: charset),
                    decoded.replacements == 0,
                    let scalar = String(decoding: decoded.bytes, as: UTF8.self).unicodeScalars.first
                else { return false }
                return !(0x80...0x9F).contains(scalar.value)
            }
        }
        let expected = try #require(IconvTranscoder.utf8(from: body, charset: charset))
        #expect(expected.replacements == 0)
        let markup = { (text: String) in
            charset == .utf16LE || charset == .utf16BE
                ? Self.utf16(text, bigEndian: charset == .utf16BE, bom: false) : Array(text.utf8)
        }
        let tree = try HTMLParser.parse(
            markup("<p>") + body + markup("</p>"), encoding: charset.iconvName)
        let paragraph = try #require(tree.elements(named: "p").first)
        #expect(tree.textContent(of: paragraph) == String(decoding: expected.bytes, as: UTF8.self))
    }
}
