import Testing

@testable import Clean

@Suite struct MetadataTitleTests {
    @Test(arguments: [
        ("Big News Today | Example Site", ["Example Site"], "Big News Today"),
        ("Big News Today - Example Site", ["Example Site"], "Big News Today"),
        ("Big News Today — Example", ["Example Site"], "Big News Today"),
        ("Example Site: Big News Today", ["Example Site"], "Big News Today"),
        ("Big News Today | Politics | Example Site", ["Example Site"], "Big News Today | Politics"),
        ("Home | Example Site", ["Example Site"], "Home | Example Site"),
        ("Example Site", ["Example Site"], "Example Site"),
        ("Spider-Man returns to the cinema", [], "Spider-Man returns to the cinema"),
        ("The long headline of the story - Unknown Paper", [], "The long headline of the story"),
        ("Short - Part", [], "Short - Part"),
    ])
    func stripsSiteNames(title: String, sites: [String], expected: String) {
        #expect(TitleCleaner.clean(title, siteNames: sites, host: nil) == expected)
    }

    @Test func matchesSiteByHostName() {
        #expect(
            TitleCleaner.clean(
                "Minecraft exploit crashes servers | Ars Technica", siteNames: [], host: "arstechnica.com")
                == "Minecraft exploit crashes servers")
        #expect(
            TitleCleaner.clean("BBC News - Storm hits the coast", siteNames: [], host: "www.bbc.co.uk")
                == "Storm hits the coast")
    }

    @Test func languageTags() {
        #expect(LanguageTag.primary("en-US") == "en")
        #expect(LanguageTag.primary("zh-Hans-CN") == "zh")
        #expect(LanguageTag.primary("de, en") == "de")
        #expect(LanguageTag.primary("english") == nil)
        #expect(LanguageTag.primary("x") == nil)
    }

    @Test func textCleaning() {
        #expect(MetadataText.clean(" a \n\t b\u{0}c ") == "a b c")
        #expect(MetadataText.clean("   ") == nil)
        #expect(MetadataText.clean(String(repeating: "x", count: 500), limit: 10)?.count == 10)
        #expect(
            EntityDecoder.decode("&#xg; &#x1F62D; &#128557; &#xFFFFFFFF; &#x0; &amp; &bogus;")
                == "&#xg; 😭 😭 \u{FFFD} \u{FFFD} & &bogus;")
    }
}
