import Foundation
import Testing
import WinnowCore

@testable import Clean
@testable import DOM

/// Small versions of the hostile corpus (`scripts/hostile-corpus`, issue 7): each cleans fast in a
/// debug build, never crashes, and never lets a file, an entity or a control character through.
@Suite struct HostileInputTests {
    static let prose = String(
        repeating: "The council met on Tuesday to discuss the new budget, which includes funds for schools. ",
        count: 4)
    static let article = String(repeating: "<p>\(prose)</p>", count: 4)

    func clean(_ html: String, options: CleanOptions = CleanOptions()) throws -> Article {
        try Cleaner(options: options).clean(FetchedPage(bytes: Array(html.utf8), origin: "hostile"))
    }

    @Test func twentyThousandAttributesNeverReachTheParser() throws {
        let attributes = (0..<20_000).map { "a\($0)=\"\($0)\"" }.joined(separator: " ")
        let html = "<html><body><div class=\"story\" \(attributes)>\(Self.article)</div></body></html>"
        // The cause of the old 80 s parse, not a wall-clock bound: the attributes past the cap
        // never reach libxml2.
        let outcome = Prescan.apply(
            Array(html.utf8), encoding: "UTF-8", maxAttributes: HTMLParser.Limits().attributesPerElement,
            maxValueBytes: HTMLParser.Limits().attributeValueBytes
        ).outcome
        #expect(outcome.droppedAttributes == 20_000 - HTMLParser.Limits().attributesPerElement + 1)
        let article = try clean(html)
        #expect(article.text.contains("The council met on Tuesday"))
    }

    @Test func doctypeInternalSubsetIsNotText() throws {
        let entities = (1...9).map { "<!ENTITY lol\($0) \"\(String(repeating: "&lol\($0 - 1);", count: 10))\">" }
        let html = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY lol0 \"lol\">\(entities.joined())"
            + "<!ATTLIST p id ID #IMPLIED><!-- a ]> in a comment --><!ENTITY q \"a ]> b\">]>"
            + "<html><body><p>&lol9;</p><article>\(Self.article)</article></body></html>"
        let article = try clean(html)
        #expect(article.text.contains("The council met on Tuesday"))
        #expect(!article.text.contains("ENTITY"))
        #expect(!article.text.contains("ATTLIST"))
        #expect(!article.text.contains("lol"))
    }

    @Test func prescanCutsOnlyACompleteDoctypeSubset() {
        func apply(_ html: String, _ encoding: String = "UTF-8") -> ([UInt8], Prescan.Outcome) {
            Prescan.apply(Array(html.utf8), encoding: encoding, maxAttributes: 64, maxValueBytes: 100)
        }
        let (bytes, outcome) = apply("<!doctype html PUBLIC \"-//a>b//\" [ <!ENTITY x \"]>\"> ] ><p>t</p>")
        #expect(outcome.droppedDoctypeSubsets == 1)
        #expect(String(decoding: bytes, as: UTF8.self) == "<!doctype html PUBLIC \"-//a>b//\"  ><p>t</p>")
        #expect(!apply("<!DOCTYPE html><p>[x]</p>").1.changed)
        #expect(!apply("<!DOCTYPE html [<!ENTITY x \"y\">").1.changed)  // never closed: left to libxml2
        // UTF-16: the same cut in two-byte units.
        let utf16 = Array("<!DOCTYPE html [<!ENTITY x \"y\">]><p>t</p>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let cut = Prescan.apply(utf16, encoding: "UTF-16LE", maxAttributes: 64, maxValueBytes: 100)
        #expect(cut.outcome.droppedDoctypeSubsets == 1)
        #expect(String(decoding: cut.bytes.chunked16LE(), as: UTF16.self) == "<!DOCTYPE html ><p>t</p>")
    }

    @Test func prescanCapsAttributesAndValues() {
        let html = "<div a=1 b='2' c=\"3\" d e=\(String(repeating: "x", count: 50))><p title=\"ok\">t</p>"
        let (bytes, outcome) = Prescan.apply(
            Array(html.utf8), encoding: "UTF-8", maxAttributes: 3, maxValueBytes: 10)
        #expect(outcome == Prescan.Outcome(droppedAttributes: 2, truncatedValues: 0))
        #expect(String(decoding: bytes, as: UTF8.self) == "<div a=1 b='2' c=\"3\" ><p title=\"ok\">t</p>")
        let long = "<img alt=\"\(String(repeating: "é", count: 20))\">"
        let cut = Prescan.apply(Array(long.utf8), encoding: "UTF-8", maxAttributes: 8, maxValueBytes: 5)
        #expect(cut.outcome.truncatedValues == 1)
        #expect(String(decoding: cut.bytes, as: UTF8.self) == "<img alt=\"éé\">")
    }

    @Test func prescanLeavesScriptsCommentsAndSmallTagsAlone() {
        let html = "<!-- <div a b c d> --><script>if (a <b && c) x = '<i a b c d>'</script><p a b c>x</p>"
        let (bytes, outcome) = Prescan.apply(
            Array(html.utf8), encoding: "UTF-8", maxAttributes: 3, maxValueBytes: 10, cutRawText: false)
        #expect(!outcome.changed)
        #expect(bytes == Array(html.utf8))
        // With script text cut (the default), the tags inside comments and scripts still count for nothing.
        let cut = Prescan.apply(Array(html.utf8), encoding: "UTF-8", maxAttributes: 3, maxValueBytes: 10)
        #expect(cut.outcome == Prescan.Outcome(emptiedRawText: 1, emptiedComments: 1))
        #expect(String(decoding: cut.bytes, as: UTF8.self) == "<!----><script></script><p a b c>x</p>")
    }

    @Test func prescanReadsUTF16() {
        let html = "<div a b c d e>x</div>"
        var bytes: [UInt8] = []
        for unit in html.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (capped, outcome) = Prescan.apply(
            bytes, encoding: "UTF-16LE", maxAttributes: 2, maxValueBytes: 100)
        #expect(outcome.droppedAttributes == 3)
        let units = stride(from: 0, to: capped.count, by: 2).map { UInt16(capped[$0]) | UInt16(capped[$0 + 1]) << 8 }
        #expect(String(decoding: units, as: UTF16.self) == "<div a b >x</div>")
    }

    @Test func externalEntityAndBillionLaughsNeverExpand() throws {
        let laughs = (1...9).map { level in
            "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">"
        }.joined()
        let html = """
            <?xml version="1.0"?><!DOCTYPE html [<!ENTITY lol0 "lol">\(laughs)\
            <!ENTITY xxe SYSTEM "file:///etc/passwd">]><html xmlns="http://www.w3.org/1999/xhtml">\
            <body><p>&xxe;</p><p>&lol9;</p>\(Self.article)</body></html>
            """
        let article = try clean(html)
        #expect(!article.text.contains("root:"))
        #expect(!article.text.contains("lollollol"))
        #expect(article.text.utf8.count < 20_000)
    }

    @Test func textAfterANulIsKept() throws {
        // libxml2 stops reading at a NUL; a banner image with NUL padding used to end the page there.
        let html = "<html><body><div class=\"ad\"><img src=\"a.gif\">\u{0}\u{0}\u{0}</div>"
            + "<article><h1>Harbour plan</h1>\(Self.article)</article></body></html>"
        let article = try clean(html)
        #expect(article.text.contains("The council met on Tuesday"))
    }

    @Test func anUnclosedTagInsideNoscriptDoesNotSwallowThePage() throws {
        // libxml2 cannot close the <div> at </noscript>, so without the prescan the whole page
        // would sit inside the noscript, whose text is never content.
        let html = "<html><body><noscript><div id=\"nojs\"><img src=\"pixel.gif\"></noscript>"
            + "<div id=\"main\"><h1>Harbour plan</h1>\(Self.article)</div></body></html>"
        let article = try clean(html)
        #expect(article.text.contains("The council met on Tuesday"))
        let outcome = Prescan.apply(Array(html.utf8), encoding: "UTF-8", maxAttributes: 64, maxValueBytes: 100).outcome
        #expect(outcome.emptiedNoscripts == 1)
    }

    @Test func nulAndControlCharactersNeverReachOutput() throws {
        let controls = String((1..<32).filter { ![9, 10, 13].contains($0) }.map { Character(UnicodeScalar($0)!) })
            + "\u{7F}"
        let html = "<html><head><title>Ti\u{0}tle\u{1B}</title></head><body><h1>Head\u{0}line</h1>"
            + "<p>\(Self.prose)\u{0}\(controls)\(Self.prose)</p>\(Self.article)</body></html>"
        let article = try clean(html)
        let forbidden = article.text.unicodeScalars.filter {
            ($0.value < 32 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F
        }
        #expect(forbidden.isEmpty)
        #expect(article.metadata.title?.unicodeScalars.allSatisfy { $0.value >= 32 } ?? true)
        #expect(article.text.contains("The council met"))
    }

    @Test(arguments: [false, true]) func utf16WithoutByteOrderMark(bigEndian: Bool) throws {
        let html = "<html><head><title>Новости</title></head><body><h1>Новости дня</h1>\(Self.article)</body></html>"
        var bytes: [UInt8] = []
        for unit in html.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let article = try Cleaner().clean(FetchedPage(bytes: bytes, origin: "utf16"))
        #expect(article.text.contains("The council met on Tuesday"))
        #expect(article.metadata.title == "Новости")
    }

    @Test func unclosedScriptAndCommentHideTheirText() throws {
        let script = try clean("<html><body>\(Self.article)<script>var secret = 'hidden1'; <p>after</p>")
        #expect(script.text.contains("The council met"))
        #expect(!script.text.contains("hidden1"))
        let comment = try clean("<html><body>\(Self.article)<!-- never closed <p>hidden2</p>")
        #expect(comment.text.contains("The council met"))
        #expect(!comment.text.contains("hidden2"))
    }

    @Test func framesetPageCleans() throws {
        let html = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN"><html><head><title>Frames</title></head>\
            <frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"><noframes><body>\
            <p>No frames here.</p></body></noframes></frameset></html>
            """
        let article = try clean(html)
        #expect(article.metadata.title == "Frames")
    }

    @Test func cookieWallOnlyPageLeavesNoConsentText() throws {
        let html = """
            <html><head><title>News</title></head><body><div id="cookie-consent" class="cookie-banner" role="dialog">\
            <h2>Cookies</h2><p>We value your privacy and use cookies to personalise content and ads.</p>\
            <button>Accept all</button></div></body></html>
            """
        let article = try clean(html)
        #expect(!article.text.contains("We value your privacy"))
    }

    @Test func nextDataOnlyArticleIsFound() throws {
        let story = Self.prose + Self.prose
        let data = #"{"props":{"pageProps":{"article":{"title":"Only in Next data","slug":"only-in-next-data","#
            + #""body":"<p>\#(story)</p><p>Second paragraph.</p>"}}},"page":"/news/[slug]"}"#
        let html = """
            <html><head><title>Next</title></head><body><div id="__next"></div>\
            <script id="__NEXT_DATA__" type="application/json">\(data)</script></body></html>
            """
        let article = try clean(html)
        #expect(article.text.contains("The council met on Tuesday"))
        #expect(article.text.contains("Second paragraph."))
        #expect(!article.text.contains("<p>"))
    }

    @Test func binaryInputIsAnErrorNamingTheFormat() throws {
        var random = SystemRandomNumberGenerator()
        let noise = (0..<8_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + noise
        for (bytes, format) in [(png, "PNG"), (noise, "binary data")] {
            #expect {
                try Cleaner().clean(FetchedPage(bytes: bytes, origin: "binary"))
            } throws: { error in
                guard let error = error as? PageError else { return false }
                return error.code == .unparsable && error.message.contains(format)
            }
        }
        // Legacy charsets and stray control characters are text.
        let cyrillic: [UInt8] =
            Array("<html><body><p>".utf8) + Array(repeating: 0xEF, count: 3000) + Array("</p>".utf8)
        #expect(BinarySniffer.binaryFormat(cyrillic, encoding: "windows-1251") == nil)
        let controls = Array(String(repeating: "<p>text\u{1}\u{2}\u{3}\u{7F}</p>", count: 200).utf8)
        #expect(BinarySniffer.binaryFormat(controls, encoding: "UTF-8") == nil)
    }

    @Test func timeLimitIsAPageErrorNamingTheLimit() throws {
        var options = CleanOptions()
        options.maxSeconds = 1e-9
        #expect {
            try clean("<html><body>\(Self.article)</body></html>", options: options)
        } throws: { error in
            guard let error = error as? PageError else { return false }
            return error.code == .limitExceeded && error.message.contains("--max-seconds")
        }
    }

    @Test func nodeLimitIsAPageErrorNamingTheLimit() throws {
        var options = CleanOptions()
        options.maxNodes = 100
        let html = "<html><body>" + String(repeating: "<p>x</p>", count: 200) + "</body></html>"
        #expect {
            try clean(html, options: options)
        } throws: { error in
            guard let error = error as? PageError else { return false }
            return error.code == .limitExceeded && error.message.contains("100")
        }
    }
}

private extension Array where Element == UInt8 {
    /// Little-endian byte pairs as UTF-16 code units.
    func chunked16LE() -> [UInt16] {
        stride(from: 0, to: count - 1, by: 2).map { UInt16(self[$0]) | UInt16(self[$0 + 1]) << 8 }
    }
}

@Suite struct AttributeLimitOptionTests {
    private let html = "<html><body><article><h1>Harbour</h1><p>The council met on Tuesday to vote on the"
        + " harbour plan, which has been debated for two years by residents and the port authority.</p>"
        + "<p><img alt=\"The harbour at dawn\" data-a=\"1\" data-b=\"2\" src=\"https://example.com/harbour.jpg\"></p>"
        + "<p>Work is to start next spring and should take three years, the mayor said after the vote.</p>"
        + "</article></body></html>"

    private func text(_ configure: (inout CleanOptions) -> Void) throws -> String {
        var options = CleanOptions()
        options.images = true
        configure(&options)
        let page = FetchedPage(bytes: Array(html.utf8), origin: "t.html")
        return try Cleaner(options: options).clean(page).text
    }

    @Test func attributesPastTheCapAreDropped() throws {
        #expect(try text { _ in }.contains("https://example.com/harbour.jpg"))
        #expect(try !text { $0.maxAttributes = 3 }.contains("https://example.com/harbour.jpg"))
    }

    @Test func longAttributeValuesAreCut() throws {
        #expect(try !text { $0.maxAttributeBytes = 12 }.contains("harbour.jpg"))
    }
}
