import Testing

@testable import DOM

/// The tree built from SAX callbacks must be the tree libxml2's own tree builder would have made.
@Suite struct SAXTreeBuilderTests {
    private func parse(_ html: String, limits: HTMLParser.Limits = HTMLParser.Limits()) throws -> Tree {
        try HTMLParser.parse(Array(html.utf8), encoding: "UTF-8", limits: limits)
    }

    private func textChildren(_ tree: Tree, of id: Tree.NodeID) -> [String] {
        tree.children(of: id).filter { tree[$0].kind == .text }.map { tree[$0].text }
    }

    @Test func runsSplitByReferencesAndChunksAreOneTextNode() throws {
        let long = String(repeating: "word ", count: 1_000)  // libxml2 hands text over in 1,000-byte chunks
        let tree = try parse("<p>a &amp; b &#233;\(long)</p>")
        let paragraph = try #require(tree.elements(named: "p").first)
        #expect(textChildren(tree, of: paragraph) == ["a & b é\(long)"])
    }

    @Test func commentsAndElementsSplitText() throws {
        let tree = try parse("<p>a<!-- note -->b<b>c</b>d</p>")
        let paragraph = try #require(tree.elements(named: "p").first)
        #expect(textChildren(tree, of: paragraph) == ["a", "b", "d"])
    }

    @Test func whitespaceBetweenBlocksIsKept() throws {
        let tree = try parse("<html><body><div>a</div>\n<table><tr><td>b</td></tr></table></body></html>")
        let body = try #require(tree.elements(named: "body").first)
        #expect(textChildren(tree, of: body) == ["\n"])
    }

    @Test func booleanAttributesTakeTheirNameAsValue() throws {
        // libxml2 knows HTML 4's boolean attributes; HTML5's `hidden` stays empty, as in its own tree.
        let tree = try parse(#"<form><input checked hidden data-empty title=""></form>"#)
        let input = try #require(tree.elements(named: "input").first)
        #expect(tree.attribute("checked", of: input) == "checked")
        #expect(tree.attribute("hidden", of: input) == "")
        #expect(tree.attribute("data-empty", of: input) == "")
        #expect(tree.attribute("title", of: input) == "")
    }

    @Test func contentAfterTheRootClosedIsKept() throws {
        // With a DOCTYPE, libxml2 puts late elements beside the root element; without, inside it.
        let withDoctype = try parse("<!DOCTYPE html><html><body><p>early</p></body></html><p>late</p>")
        let topLevel = withDoctype.children(of: Tree.root).filter { withDoctype[$0].kind == .element }
        #expect(topLevel.count == 2)
        #expect(withDoctype.textContent(of: Tree.root) == "earlylate")

        let bare = try parse("<html><body><p>early</p></body></html><p>late</p>")
        let roots = bare.children(of: Tree.root).filter { bare[$0].kind == .element }
        #expect(roots.count == 1)
        #expect(bare.textContent(of: Tree.root) == "earlylate")
    }

    @Test func theNodeLimitStopsTheParse() throws {
        let html = String(repeating: "<div>x</div>", count: 100)
        #expect(throws: HTMLParser.ParseError.tooManyNodes(50)) {
            try parse(html, limits: HTMLParser.Limits(nodes: 50))
        }
    }
}
