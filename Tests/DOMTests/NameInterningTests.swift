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
        var table = NameTable()
        // libxml2 keeps every name at one address for the whole parse; so do these buffers.
        let names = ["SCRIPT", "script", "Div", "div", "a", "", "averyveryverylongname", "fifteen-bytes-x", "class", "P"]
        let buffers = names.map { name in
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: name.utf8.count + 1)
            _ = buffer.initialize(from: Array(name.utf8) + [0])
            return buffer
        }
        defer { buffers.forEach { $0.deallocate() } }
        for _ in 0..<2 {
            for buffer in buffers {
                let entry = table.entry(UnsafePointer(buffer.baseAddress))
                let name = HTMLParser.lowercasedName(UnsafePointer(buffer.baseAddress))
                #expect(entry.name == name)
                #expect(entry.opaque == HTMLParser.opaqueElements.contains(name))
                #expect(entry.tag == HTMLTag(name))
                #expect(entry.bit == AttributeName.bit(of: name))
            }
        }
        #expect(table.entry(nil).name == "")
        #expect(table.entry(UnsafePointer(buffers[3].baseAddress)).tag == .div)
        #expect(table.entry(UnsafePointer(buffers[8].baseAddress)).bit == AttributeName.class.bit)
    }

    @Test func pagesWithMoreNamesThanTheTableHoldsParseAlike() throws {
        // 1,000 distinct custom elements and attributes: past the table's capacity names are converted
        // every time, and each element still gets its own name, tag and attributes.
        var html = "<html><body>"
        for index in 0..<1_000 { html += "<x-el\(index) data-a\(index)=\"v\(index)\" class=\"c\">t\(index)</x-el\(index)>" }
        html += "<p id=\"last\">end</p></body></html>"
        let tree = try HTMLParser.parse(Array(html.utf8), encoding: "UTF-8")
        let custom = tree.elements(named: "x-el999")
        #expect(custom.count == 1)
        #expect(tree[custom[0]].tag == .other)
        #expect(tree.attribute("data-a999", of: custom[0]) == "v999")
        #expect(tree.attribute(.class, of: custom[0]) == "c")
        let last = tree.elements(named: "p")
        #expect(last.count == 1 && tree[last[0]].tag == .p && tree.attribute(.id, of: last[0]) == "last")
        #expect(tree.attribute(.itemprop, of: last[0]) == nil)
    }

    @Test func parseOnlyCountsNodes() throws {
        let count = try HTMLParser.parseOnly(Array("<html><body><p>a<b>b</b></p></body></html>".utf8), encoding: nil)
        #expect(count == 7)  // the DTD node libxml2 adds for HTML, html, body, p, "a", b, "b"
    }
}
