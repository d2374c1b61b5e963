import Testing

@testable import DOM

/// Tag codes and attribute bits: constants, names and sets must agree, or a pass would test the wrong tag.
@Suite struct TagTests {
    @Test func everyKnownNameRoundTripsThroughItsCode() {
        for (code, name) in Tag.names.enumerated().dropFirst() {
            #expect(Tag(name).rawValue == UInt8(code))
            #expect(Tag(name).name == name)
        }
        #expect(Tag("x-custom") == .other && Tag("") == .other)
        #expect(Tag.names.count < 256)
    }

    @Test func constantsNameTheirTags() {
        let constants: [(Tag, String)] = [
            (.a, "a"), (.p, "p"), (.div, "div"), (.h1, "h1"), (.h6, "h6"), (.li, "li"), (.script, "script"),
            (.style, "style"), (.article, "article"), (.main, "main"), (.`var`, "var"), (.wbr, "wbr"),
            (.time, "time"), (.meta, "meta"), (.figcaption, "figcaption"), (.td, "td"), (.th, "th"),
        ]
        for (tag, name) in constants { #expect(tag.name == name) }
    }

    @Test func tagSetsHoldExactlyTheirMembers() {
        let set = TagSet(names: ["p", "wbr", "a", "x-unknown", "h1"])
        for (code, name) in Tag.names.enumerated() {
            let tag = Tag(rawValue: UInt8(code))
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
