import Testing

@testable import DOM

/// Tag codes and attribute bits: constants, names and sets must agree, or a pass would test the wrong tag.
@Suite struct HTMLTagTests {
    @Test func everyKnownNameRoundTripsThroughItsCode() {
        for (code, name) in HTMLTag.names.enumerated().dropFirst() {
            #expect(HTMLTag(name).rawValue == UInt8(code))
            #expect(HTMLTag(name).name == name)
        }
        #expect(HTMLTag("x-custom") == .other && HTMLTag("") == .other)
        #expect(HTMLTag.names.count < 256)
    }

    @Test func constantsNameTheirTags() {
        let tags: [HTMLTag] = [
            HTMLTag.a, HTMLTag.p, HTMLTag.div, HTMLTag.h1, HTMLTag.h6, HTMLTag.li, HTMLTag.script, HTMLTag.style, HTMLTag.article, HTMLTag.main, HTMLTag.`var`,
            HTMLTag.wbr, HTMLTag.time, HTMLTag.meta, HTMLTag.figcaption, HTMLTag.td, HTMLTag.th,
        ]
        let names = [
            "a", "p", "div", "h1", "h6", "li", "script", "style", "article", "main", "var", "wbr", "time", "meta",
            "figcaption", "td", "th",
        ]
        for (tag, name) in zip(tags, names) { #expect(tag.name == name) }
    }

    @Test func tagSetsHoldExactlyTheirMembers() {
        let set = HTMLTagSet(names: ["p", "wbr", "a", "x-unknown", "h1"])
        for (code, name) in HTMLTag.names.enumerated() {
            let tag = HTMLTag(rawValue: UInt8(code))
            #expect(set.contains(tag) == ["p", "wbr", "a", "h1"].contains(name))
        }
        #expect(!set.contains(.other))
        let union = set.union([.div, .span])
        #expect(union.contains(.div) && union.contains(.span) && union.contains(.p) && !union.contains(.li))
    }

    @Test func attributeBitsAreDistinctAndMatchTheirNames() throws {
        var seen: UInt32 = 0
        for attribute in AttributeName.all {
            #expect(attribute.bit.nonzeroBitCount == 1)
            #expect(seen & attribute.bit == 0)
            seen |= attribute.bit
            #expect(AttributeName.bit(of: attribute.name) == attribute.bit)
        }
        #expect(AttributeName.bit(of: "data-unknown") == 0)
        let html = #"<html><body><div CLASS="c" itemprop="x" data-q="1"><time datetime="d">t</time></div></body></html>"#
        let tree = try HTMLParser.parse(Array(html.utf8), encoding: "UTF-8")
        let div = tree.elements(named: "div")[0]
        #expect(tree.attribute(.class, of: div) == "c" && tree.attribute(.itemprop, of: div) == "x")
        #expect(tree.attribute(.datetime, of: div) == nil && tree.attribute("data-q", of: div) == "1")
        #expect(tree.attribute(.datetime, of: tree.elements(named: "time")[0]) == "d")
        #expect(tree[div].tag == .div && tree[tree.elements(named: "time")[0]].tag == .time)
    }
}
