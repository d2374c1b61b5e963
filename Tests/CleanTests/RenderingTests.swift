import Testing
import WinnowCore

@testable import Clean

@Suite struct RenderingTests {
    func clean(_ body: String, title: String = "T") throws -> Article {
        let html = "<html><head><title>\(title)</title></head><body><article>\(body)</article></body></html>"
        return try Cleaner().clean(FetchedPage(bytes: Array(html.utf8), origin: "test"))
    }

    static let prose = "<p>A sentence long enough to be a paragraph of the article, with commas, clauses and words.</p>"

    @Test func rendersEveryBlockKind() throws {
        let article = try clean(
            """
            \(Self.prose)
            <h2>Section   heading</h2>
            <ul><li>first item</li><li>second <b>item</b></li></ul>
            <ol><li>one</li><li>two</li></ol>
            <blockquote><p>A quoted line.</p></blockquote>
            <table><tr><th>Name</th><th>Value</th></tr><tr><td>a</td><td>1</td></tr></table>
            <pre>let x = 1
              indented()</pre>
            \(Self.prose.replacingOccurrences(of: "A sentence", with: "Another sentence"))
            """)
        #expect(article.blocks.contains(.heading(level: 2, text: "Section heading")))
        #expect(article.blocks.contains(.list(ordered: false, items: ["first item", "second item"])))
        #expect(article.blocks.contains(.list(ordered: true, items: ["one", "two"])))
        #expect(article.blocks.contains(.quote("A quoted line.")))
        #expect(article.blocks.contains(.table(rows: [["Name", "Value"], ["a", "1"]])))
        #expect(article.blocks.contains(.code("let x = 1\n  indented()")))
        #expect(article.text.contains("Name\tValue"))
    }

    @Test func lineBreaksSplitParagraphsAndWhitespaceIsNormalized() throws {
        let article = try clean("<p>First   line,\n with spaces.<br>Second line, after a break.</p>\(Self.prose)")
        #expect(article.blocks.first == .paragraph("First line, with spaces."))
        #expect(article.blocks.dropFirst().first == .paragraph("Second line, after a break."))
    }

    @Test func noBlockIsRepeatedAndTheTitleIsNotRepeated() throws {
        let article = try clean("<h1>The Title</h1>\(Self.prose)<p>Caption text</p><p>Caption text</p>", title: "The Title")
        #expect(!article.blocks.contains(.heading(level: 1, text: "The Title")))
        #expect(article.blocks.filter { $0 == .paragraph("Caption text") }.count == 1)
    }

    @Test func repeatedProseAmongSiblingsStaysButACopyInAnotherWrapperGoes() throws {
        let refrain = "<p>" + String(repeating: "We shall walk the long road home again, under the same grey sky. ", count: 4) + "</p>"
        let copy = "<p>" + String(repeating: "The council voted on the harbour plan after two years of debate. ", count: 4) + "</p>"
        let article = try clean("\(Self.prose)\(refrain)\(Self.prose.replacingOccurrences(of: "A sentence", with: "Verse"))"
            + "\(refrain)<div class=\"story\">\(copy)</div><div class=\"story-mobile\">\(copy)</div>")
        #expect(article.blocks.filter { $0.plainLines.joined().hasPrefix("We shall walk") }.count == 2)
        #expect(article.blocks.filter { $0.plainLines.joined().hasPrefix("The council voted") }.count == 1)
    }

    @Test func aRepeatedParagraphNextToNewTextInItsWrapperStays() throws {
        // A summary that repeats an earlier paragraph in another section: the wrapper holds new text too.
        let summary = "<p>" + String(repeating: "The council voted on the harbour plan after two years of debate. ", count: 4) + "</p>"
        let article = try clean("<div>\(Self.prose)\(summary)</div><h2>In short</h2>"
            + "<div>\(Self.prose.replacingOccurrences(of: "A sentence", with: "New words"))\(summary)</div>")
        #expect(article.blocks.filter { $0.plainLines.joined().hasPrefix("The council voted") }.count == 2)
    }

    @Test func aSentenceLongSubheadingStaysWhenTheBlockAfterItIsDropped() throws {
        let subheading = "<h2>During a raid on Tuesday the police arrested three men suspected of stealing motorbikes</h2>"
        let article = try clean("\(Self.prose)\(subheading)<p>Advertisement</p>\(Self.prose.replacingOccurrences(of: "A sentence", with: "More"))")
        #expect(article.text.contains("During a raid on Tuesday"))
        #expect(!article.text.contains("Advertisement"))
    }

    @Test func repeatedBlocksAreInTheExplainReport() throws {
        let html = "<html><body><article>\(Self.prose)<p>Caption text</p><p>Caption text</p></article></body></html>"
        let article = try Cleaner(options: CleanOptions(explain: true)).clean(FetchedPage(bytes: Array(html.utf8), origin: "t"))
        let removals = try #require(article.report).removals
        #expect(removals.contains { $0.rule == "repeated-block" && $0.excerpt == "Caption text" })
    }

    @Test func deeplyNestedPageKeepsTextAfterTheNest() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "deep text"
            + String(repeating: "</div>", count: depth)
            + "<article>\(Self.prose)<p>The final paragraph after the nest, long enough to count as prose.</p></article></body></html>"
        let article = try Cleaner().clean(FetchedPage(bytes: Array(html.utf8), origin: "deep"))
        #expect(article.text.contains("The final paragraph after the nest"))
    }

    @Test func jsonLDArticleBodyIsTheFallbackForEmptyShells() throws {
        let body = String(repeating: "The story is only in structured data, as on script-rendered sites. ", count: 12)
        let html = """
            <html><head><title>Shell</title><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Shell","articleBody":"\(body)"}
            </script></head><body><div id="app"></div></body></html>
            """
        let article = try Cleaner().clean(FetchedPage(bytes: Array(html.utf8), origin: "shell"))
        #expect(article.text.contains("The story is only in structured data"))
    }

    @Test func outputHasNoControlCharacters() throws {
        let article = try clean("<p>Bell\u{7} and escape\u{1B} characters sit in this long enough paragraph, with commas.</p>")
        let scalars = article.text.unicodeScalars
        #expect(!scalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }

    @Test func tooLargePageIsAnErrorNotACrash() {
        let cleaner = Cleaner(options: CleanOptions(maxBytes: 10))
        #expect(throws: PageError.self) {
            try cleaner.clean(FetchedPage(bytes: Array("<html><body>more than ten bytes</body></html>".utf8), origin: "big"))
        }
    }

    @Test func emptyAndBinaryInputsDoNotCrash() throws {
        for bytes in [[], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], Array(repeating: UInt8(0xFF), count: 1000)] as [[UInt8]] {
            do {
                let article = try Cleaner().clean(FetchedPage(bytes: bytes, origin: "binary"))
                #expect(article.text.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" })
            } catch {
                #expect(!error.message.isEmpty)
            }
        }
    }
}

@Suite struct SlideshowTests {
    @Test func countedSlidesAreAGallery() {
        let slides = (1...6).map { "\($0)/50 Caption of slide \($0), about another story of the week." }
        #expect(BlockFilter.isSlideshow(slides))
        #expect(BlockFilter.isSlideshow(["50 show all"] + slides.prefix(3)))
    }

    @Test func fractionsDatesAndOneCounterAreNot() {
        #expect(!BlockFilter.isSlideshow(["1/4 cup sugar", "1/4 tsp salt", "3/4 cup milk", "1/2 cup flour"]))
        #expect(!BlockFilter.isSlideshow(["24/7 support line", "12/10 meeting notes", "3/5 stars overall"]))
        #expect(!BlockFilter.isSlideshow(["1/9 The one counted item", "Plain item", "Another plain item", "More"]))
    }
}
