import Testing

@testable import DOM

@Suite struct HTMLParserTests {
    @Test func parsesElementsTextAndAttributes() throws {
        let html = #"<html><body><div class="a b" ID="x"><p>Hello <b>world</b></p></div></body></html>"#
        let tree = try HTMLParser.parse(Array(html.utf8), encoding: "UTF-8")
        let divs = tree.elements(named: "div")
        #expect(divs.count == 1)
        let div = try #require(divs.first)
        #expect(tree.attribute("class", of: div) == "a b")
        #expect(tree.attribute("id", of: div) == "x")
        #expect(tree.textContent(of: div) == "Hello world")
    }

    @Test func skipsScriptTextButKeepsJSONData() throws {
        let html = """
            <html><head><script>var x = 1;</script>
            <script type="application/ld+json">{"a":1}</script></head><body><p>Body</p></body></html>
            """
        let tree = try HTMLParser.parse(Array(html.utf8), encoding: "UTF-8")
        let scripts = tree.elements(named: "script")
        #expect(scripts.count == 2)
        #expect(tree.textContent(of: scripts[0]) == "")
        #expect(tree.textContent(of: scripts[1]) == #"{"a":1}"#)
    }

    @Test func deepNestingKeepsTextAfterTheNest() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "deep"
            + String(repeating: "</div>", count: depth) + "<p>after the nest</p></body></html>"
        let tree = try HTMLParser.parse(Array(html.utf8), encoding: "UTF-8")
        #expect(tree.textContent(of: Tree.root).contains("deep"))
        #expect(tree.textContent(of: Tree.root).hasSuffix("after the nest"))
        #expect(tree.elements(named: "div").count == depth)
    }

    @Test func explicitEncodingOverridesWrongMeta() throws {
        // "Привет" in windows-1251, while the page claims UTF-8.
        let body: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        let bytes = Array(#"<html><head><meta charset="utf-8"></head><body><p>"#.utf8) + body
            + Array("</p></body></html>".utf8)
        let tree = try HTMLParser.parse(bytes, encoding: "windows-1251")
        #expect(tree.textContent(of: tree.elements(named: "p")[0]) == "Привет")
    }
}
