import Testing

@testable import Clean

/// The hash-table matcher must give exactly the answers of the rule-by-rule scan it replaces.
@Suite struct ClassTokenMatcherTests {
    static let samples: [(String?, String?)] = [
        ("site-header", nil), ("jp-relatedposts", nil), ("Site-Header Main", "top"), ("head shadow", nil),
        ("sr-only", nil), ("SR-ONLY", nil), ("hidden-xs", nil), ("btn hidden", nil), ("entry-content share", nil),
        (nil, "comments"), ("post", "respond"), ("skip", "link"), ("skip link", nil), ("sharedaddy sd-sharing", nil),
        ("NewsletterBox", nil), ("subscribe_form", "x"), ("", ""), ("   ", nil), ("a--b__c", "d.e:f"),
        ("screen-reader-text", nil), ("Screen-Reader-Text x", nil), ("commentlist", nil), ("adslot-top", nil),
        ("most\tread", nil), ("most\r\nread", nil), ("header wrapper", nil), ("verylongtokenthatexceedsfifteen", nil),
        ("advertisementcontainerlong", nil), ("cookie", nil), ("widget Blog", nil), ("footer-widgets", "colophon"),
        ("o-section--has-ads", nil), ("no-sidebars", nil), ("with-sidebar has", "ads"), ("no", "comments"),
        ("has-ads-sidebar", nil), ("NO-Comments", nil),
    ]

    @Test func stateModifiersAreNotWhatAnElementIs() {
        #expect(ClassTokenRules.match(classes: "o-section o-section--has-ads", id: nil) == nil)
        #expect(ClassTokenRules.match(classes: "html no-sidebars page-node", id: nil) == nil)
        #expect(ClassTokenRules.match(classes: "post no-comments", id: nil) == nil)
        #expect(ClassTokenRules.match(classes: "ad-slot has-label", id: nil) == .ads)
    }

    @Test(arguments: 0..<samples.count) func matchesTheScan(index: Int) {
        let (classes, id) = Self.samples[index]
        #expect(ClassTokenRules.match(classes: classes, id: id) == ClassTokenRules.matchByScan(classes: classes, id: id))
    }

    /// Every vocabulary entry, alone, capitalised and inside a compound, matches as the scan does.
    @Test func matchesTheScanOnTheWholeVocabulary() {
        var values: [String] = []
        for rule in ClassTokenRules.all {
            for word in rule.tokens.sorted() + rule.prefixes + rule.pairs.sorted() + rule.names.sorted() {
                values += [word, word.uppercased(), "x-" + word + "-y", word + "ing", "pre" + word, word.replacingOccurrences(of: " ", with: "-")]
            }
        }
        for value in values {
            #expect(ClassTokenRules.match(classes: value, id: nil) == ClassTokenRules.matchByScan(classes: value, id: nil))
            #expect(ClassTokenRules.match(classes: nil, id: value) == ClassTokenRules.matchByScan(classes: nil, id: value))
            #expect(
                ClassTokenRules.match(classes: "story " + value, id: value) == ClassTokenRules.matchByScan(classes: "story " + value, id: value))
        }
    }

    @Test func nonASCIIValuesUseTheScan() {
        #expect(ClassTokenRules.match(classes: "café-menu", id: nil) == .navigation)
        #expect(ClassTokenRules.match(classes: "ÉDITO share", id: nil) == ClassTokenRules.matchByScan(classes: "ÉDITO share", id: nil))
    }

    @Test func splitsASCIIOnBytes() {
        #expect(ClassNameTokens.split("site-header jp_relatedPosts") == ["site", "header", "jp", "relatedposts"])
        #expect(ClassNameTokens.split("a\r\nb") == ["a", "b"])
        #expect(ClassNameTokens.split("--") == [])
    }

    @Test func packedKeysDifferByLengthAndBytes() {
        var a = PackedKey()
        var b = PackedKey()
        for byte in Array("ab".utf8) { a.append(byte) }
        for byte in Array("ab\u{0}".utf8) { b.append(byte) }
        #expect(a != b)
        var c = PackedKey()
        for byte in Array("ab".utf8) { c.append(byte) }
        #expect(a == c)
    }
}
