import Testing

@testable import DOM

/// Names are converted once per page (by libxml2 pointer); the tree must look as if each were
/// converted per node.
@Suite struct NameInterningTests {
    @Test func repeatedNamesAreLowerCasedAndOpaqueTextStaysOut() throws {
        var html = "<HTML><BODY>"
        for index in 0..<50 {
            html += "<DIV Class=\"c\(index)\" DATA-X=\"1\"><P>text \(index)</P><SCRIPT>var x = \(index);</SCRIPT></DIV>"
        }
        html += "<script type=\"application/ld+json\">{\"a\":1}</script></BODY></HTML>"
        let tree = try HTMLParser.parse(Array(html.utf8), encoding: "UTF-8")
        let divs = tree.elements(named: "div")
        #expect(divs.count == 50)
        #expect(tree.attribute("class", of: divs[7]) == "c7")
        #expect(tree.attribute("data-x", of: divs[7]) == "1")
        let scripts = tree.elements(named: "script")
        #expect(scripts.count == 51)
        #expect(scripts.dropLast().allSatisfy { tree.textContent(of: $0).isEmpty })
        #expect(tree.textContent(of: scripts[50]) == #"{"a":1}"#)
        #expect(tree.textContent(of: Tree.root).contains("text 49"))
    }

    @Test func nameTableConvertsEachNameAsBefore() {
        var table = HTMLParser.NameTable()
        for name in ["SCRIPT", "script", "Div", "div", "a", "", "averyveryverylongname", "fifteen-bytes-x", "sixteen-bytes-xy"] {
            let bytes: [UInt8] = Array(name.utf8) + [0]
            for _ in 0..<2 {
                bytes.withUnsafeBufferPointer { buffer in
                    let entry = table.name(buffer.baseAddress)
                    #expect(entry.name == HTMLParser.lowercasedName(buffer.baseAddress))
                    #expect(entry.opaque == HTMLParser.opaqueElements.contains(entry.name))
                }
            }
        }
        #expect(table.name(nil).name == "")
    }

    @Test func parseOnlyCountsNodes() throws {
        let count = try HTMLParser.parseOnly(Array("<html><body><p>a<b>b</b></p></body></html>".utf8), encoding: nil)
        #expect(count == 7)  // the DTD node libxml2 adds for HTML, html, body, p, "a", b, "b"
    }
}
