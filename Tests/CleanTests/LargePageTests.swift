import Testing
import WinnowCore

@testable import Clean

/// Pages far larger or deeper than real ones must clean without crashing (no recursion, no
/// quadratic step). No timing here: speed is measured by `winnow bench`, so the per-page time
/// limit is off (a loaded debug build can take longer than the default 30 s).
@Suite struct LargePageTests {
    static let untimed: CleanOptions = {
        var options = CleanOptions()
        options.maxSeconds = 0
        return options
    }()

    @Test func pageWith300000SmallElementsCleans() throws {
        var html = "<html><head><title>Many elements</title></head><body><article>"
        html.reserveCapacity(12_000_000)
        for index in 0..<100_000 {
            // Three elements per round: a paragraph, a span and a link, with class and id values.
            html += "<p class=\"para item-\(index % 7)\" id=\"p\(index)\">Line \(index), with words"
            html += "<span class=\"note\">here</span><a href=\"/x\(index)\">link</a></p>"
        }
        html += "</article></body></html>"
        let article = try Cleaner(options: Self.untimed).clean(FetchedPage(bytes: Array(html.utf8), origin: "large"))
        #expect(article.text.contains("Line 99999, with words"))
    }

    @Test func pageWith100000NestedElementsCleans() throws {
        let depth = 100_000
        let html = "<html><head><title>Deep</title></head><body>" + String(repeating: "<div class=\"c\">", count: depth)
            + "<p>Deep text at the bottom of the nest, long enough to count as a paragraph of prose.</p>"
            + String(repeating: "</div>", count: depth) + "<p>After the nest.</p></body></html>"
        let article = try Cleaner(options: Self.untimed).clean(FetchedPage(bytes: Array(html.utf8), origin: "deep"))
        #expect(article.text.contains("Deep text at the bottom"))
    }
}
