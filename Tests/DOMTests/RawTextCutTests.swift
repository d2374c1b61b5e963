import TestSupport
import Testing

@testable import DOM

/// The prescan cuts script and style text before libxml2 reads it; the tree must be the one libxml2
/// builds from the whole page.
@Suite struct RawTextCutTests {
    private func cut(_ html: String) -> (String, Prescan.Outcome) {
        let (bytes, outcome) = Prescan.apply(
            Array(html.utf8), encoding: "UTF-8", maxAttributes: 64, maxValueBytes: 16_384)
        return (String(decoding: bytes, as: UTF8.self), outcome)
    }

    /// (An empty script first: its end tag right after the start must not stop the cuts after it.)
    @Test func scriptAndStyleTextIsCutAndDataScriptsAreKept() {
        let (page, outcome) = cut(
            #"<script src="a.js"></script><script>if (a < b) { x = "</div>"; }</script><STYLE>p{color:red}</STYLE>"#
                + #"<script type="application/LD+JSON">{"a":1}</script><script id="__NEXT_DATA__">{"b":2}</script><p>x</p>"#)
        #expect(
            page == #"<script src="a.js"></script><script></script><STYLE></STYLE><script type="application/LD+JSON">{"a":1}</script>"#
                + #"<script id="__NEXT_DATA__">{"b":2}</script><p>x</p>"#)
        #expect(outcome.emptiedRawText == 2)
    }

    @Test func selfClosingScriptKeepsWhatFollows() throws {
        // libxml2 closes `<script/>` at once: the text after it is page text, not script.
        let html = #"<html><body><script src="a.js"/><p>Story text</p><script>x()</script><p>More</p></body></html>"#
        let (page, _) = cut(html)
        #expect(page.contains("<p>Story text</p>"))
        let tree = try HTMLParser.parse(Array(html.utf8), encoding: "UTF-8")
        #expect(tree.textContent(of: Tree.root) == "Story textMore")
    }

    @Test func treesAreTheSameWithAndWithoutTheCut() throws {
        let pages = [
            #"<html><body><script>document.write("<p>fake</p>")</script><p>Real</p></body></html>"#,
            #"<html><body><p>Before</p><script>never closed <p>inside"#,
            #"<html><body><script src=x.js/>after</script><p>Tail</p></body></html>"#,
            #"<html><body><script type="text/json">{"k":"</p>"}</script><p>Tail</p></body></html>"#,
            #"<html><body><style>/*</style>*/</style><p>Tail</p></body></html>"#,
            #"<html><body><!-- <script> --><p>Kept</p><!-- </script> --></body></html>"#,
            #"<html><body><script>a</SCRIPT ><p>One</p><script / >b</script><p>Two</p></body></html>"#,
            #"<html><body><script data-x="a>b">c</script><p>Q</p><script>d</scriptx><p>R</p></body></html>"#,
        ]
        for html in pages { try expectSameTree(html) }
    }

    /// Random pages from pieces that move where raw text starts and ends (fixed seed: reproducible; 50,000
    /// pages passed when this was written).
    @Test func randomPagesGiveTheSameTree() throws {
        let pieces = [
            "<script>", "<SCRIPT type=module>", "<script/>", "<script src=a.js/>", "<script type=\"application/ld+json\">",
            "</script>", "</SCRIPT >", "</scriptx>", "<style>", "</style>", "<style/>", "<!--", "-->", "<p>", "</p>",
            "<div class=\"a>b\">", "</div>", "text", " ", "<", "</", "x < y", "{\"k\":1}", "<br/>", "<noscript>",
            "</noscript>", "\"", "'", "<a href='/'>", "</a>", "<?php x ", "<!x>", "--!>", "</ script>", "<scrIpt>",
            "</text", "\t", "</style ", "<_a>", ">", "<title>", "</title>", "<textarea>", "&lt;", "<svg>", "</svg>",
        ]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<3000 {
            var html = "<html><body>"
            for _ in 0..<Int(generator.next() % 40) { html += pieces[Int(generator.next() % UInt64(pieces.count))] }
            html += "<p>end</p></body></html>"
            try expectSameTree(html)
        }
    }

    private func expectSameTree(_ html: String) throws {
        let limits = HTMLParser.Limits()
        let cut = try HTMLParser.parse(Array(html.utf8), encoding: "UTF-8", limits: limits, cutRawText: true)
        let whole = try HTMLParser.parse(Array(html.utf8), encoding: "UTF-8", limits: limits, cutRawText: false)
        #expect(cut.count == whole.count, "\(html)")
        guard cut.count == whole.count else { return }
        for index in 0..<cut.count {
            let a = cut.nodes[index], b = whole.nodes[index]
            let same =
                a.kind == b.kind && a.name == b.name && a.text == b.text && a.parent == b.parent
                && a.attributes.map(\.name) == b.attributes.map(\.name)
                && a.attributes.map(\.value) == b.attributes.map(\.value)
            #expect(same, "node \(index) differs in \(html)")
            if !same { return }
        }
    }

    @Test func dataScriptTypesAreFoundInAnyCase() {
        #expect(HTMLParser.containsJSON("application/LD+JSON"))
        #expect(HTMLParser.containsJSON("jjson"))
        #expect(HTMLParser.containsJSON("text/Json"))
        #expect(!HTMLParser.containsJSON("text/javascript"))
        #expect(!HTMLParser.containsJSON("jso n"))
        #expect(!HTMLParser.containsJSON(""))
    }
}
