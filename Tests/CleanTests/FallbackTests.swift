import Testing
import WinnowCore

@testable import Clean

/// One page per step of the container choice, checked through the explain report's strategy.
@Suite struct FallbackTests {
    static let prose = (1...4).map {
        "<p>Paragraph \($0) of the story tells what happened, where, and why it matters to the readers of this town.</p>"
    }.joined()

    func strategy(_ body: String) throws -> (String, String) {
        let html = "<html><head><title>Story</title></head><body>\(body)</body></html>"
        let article = try Cleaner(options: CleanOptions(explain: true)).clean(FetchedPage(bytes: Array(html.utf8), origin: "f"))
        return (try #require(article.report).strategy, article.text)
    }

    @Test func itempropArticleBodyComesFirst() throws {
        let (strategy, text) = try strategy(#"<div class="wrap"><div itemprop="articleBody">\#(Self.prose)</div></div>"#)
        #expect(strategy == "itemprop-articleBody")
        #expect(text.contains("Paragraph 4"))
    }

    @Test func knownBodyClassComesNext() throws {
        let (strategy, _) = try strategy(#"<div class="wrap"><div class="entry-content">\#(Self.prose)</div></div>"#)
        #expect(strategy == "content-class")
    }

    @Test func aBodySplitIntoLabelledPartsKeepsEveryPart() throws {
        let second = Self.prose.replacingOccurrences(of: "Paragraph", with: "Part two, paragraph")
        let (strategy, text) = try strategy(
            #"<article id="story"><div class="story-body-supplemental"><div class="story-body story-body-1">\#(Self.prose)</div></div>"#
                + #"<div class="story-body-supplemental"><aside>Related</aside><div class="story-body story-body-2">\#(second)</div></div></article>"#)
        #expect(strategy == "content-class")
        #expect(text.contains("Paragraph 4"))
        #expect(text.contains("Part two, paragraph 4"))
    }

    @Test func separatePostsOnAListingAreNotParts() throws {
        let other = Self.prose.replacingOccurrences(of: "Paragraph", with: "Older post, paragraph")
        let (_, text) = try strategy(
            #"<div id="content"><div id="post-12" class="post"><div class="entry-content">\#(Self.prose)\#(Self.prose)</div></div>"#
                + #"<div id="post-11" class="post"><div class="entry-content">\#(other)</div></div></div>"#)
        #expect(text.contains("Paragraph 4"))
        #expect(!text.contains("Older post"))
    }

    @Test func articleElementThen() throws {
        let (strategy, _) = try strategy(#"<div class="wrap"><article>\#(Self.prose)</article></div>"#)
        #expect(strategy == "article-element")
    }

    @Test func densityWhenNoHintExists() throws {
        let (strategy, text) = try strategy(#"<div class="x1"><a href="/">Home</a> <a href="/b">B</a></div><div class="x2">\#(Self.prose)</div>"#)
        #expect(strategy == "density")
        #expect(text.contains("Paragraph 1") && !text.contains("Home"))
    }

    @Test func aHintHoldingTooLittleTextLosesToDensity() throws {
        // A teaser somewhere else carries the CMS body class; the real story is unlabelled.
        let teaser = #"<div class="side"><div class="entry-content"><p>A short teaser for another story entirely, with a link.</p></div></div>"#
        let story = Self.prose + Self.prose.replacingOccurrences(of: "Paragraph", with: "Section")
        let (strategy, text) = try strategy(teaser + #"<div class="col"><div class="x2">\#(story)</div></div>"#)
        #expect(strategy == "density")
        #expect(!text.contains("short teaser"))
    }

    @Test func wholePageWhenNothingScores() throws {
        let (strategy, text) = try strategy("Just a few words.")
        #expect(strategy == "whole-page")
        #expect(text == "Just a few words.")
    }

    @Test func jsonLDWhenTheVisiblePageIsAShell() throws {
        let body = String(repeating: "The whole story lives in structured data on this page. ", count: 15)
        let html = #"<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"\#(body)"}</script><div id="app"></div>"#
        let (strategy, text) = try strategy(html)
        #expect(strategy == "json-ld")
        #expect(text.contains("structured data"))
    }

    @Test(arguments: ["leadIn", "dig-vorspann", "ce_articleIntro block", "field field-perex"])
    func leadsNamedInOtherWordsAreKept(classes: String) throws {
        let lead = #"<div class="\#(classes)">The lead sums up the story in one sentence for hurried readers.</div>"#
        let (strategy, text) = try strategy(#"<h1>Story</h1>\#(lead)<div class="entry-content">\#(Self.prose)</div>"#)
        #expect(strategy == "content-class+preamble")
        #expect(text.hasPrefix("The lead sums up the story"))
    }

    @Test func leadBeforeTheBodyIsKept() throws {
        let lead = #"<p class="article-lead">The lead sums up the story in one sentence for hurried readers.</p>"#
        let (strategy, text) = try strategy(#"<h1>Story</h1>\#(lead)<div class="entry-content">\#(Self.prose)</div>"#)
        #expect(strategy == "content-class+preamble")
        #expect(text.hasPrefix("The lead sums up the story"))
    }
    @Test func aLabelledBodyBeatsALargerGridOfTeasers() throws {
        // A short post next to a "recent posts" grid that holds more text: each card a linked title and
        // an excerpt with commas, which density likes, in a wrapper whose "content" class it likes too.
        let card = (1...12).map {
            "<div class=\"item\"><h4><a href=\"/p\($0)\">Older post number \($0) about the harbour plan</a></h4><p>An excerpt of an older post, with commas, "
                + "names, places and dates, long enough to score as a paragraph of its own.</p>"
                + "<a href=\"/p\($0)\">Read on</a></div>"
        }.joined()
        let (strategy, text) = try strategy(
            #"<div class="field-name-body"><p>The short post says what happened at the meeting, and who came to it.</p>"#
                + #"<p>It closes with what happens next week, when the council meets again to vote on the plan.</p></div>"#
                + #"<div class="recent-content">\#(card)</div>"#)
        #expect(strategy == "content-class")
        #expect(text.contains("what happens next week"))
        #expect(!text.contains("An excerpt of an older post"))
    }

    @Test func pageBuilderWrapperClassesAreNoPenalty() throws {
        // Elementor puts "elementor-widget-container" on every wrapper, the article's too.
        let (strategy, text) = try strategy(
            #"<div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-theme-post-content">"#
                + #"<div class="elementor-widget-container">\#(Self.prose)</div></div></div>"#
                + #"<div class="other"><div class="box"><p>A box beside the story, with a sentence, and another one, about something else.</p>"#
                + #"<p>More of the box, with commas, names and places, to make it score as well.</p></div></div>"#)
        #expect(strategy == "density")
        #expect(text.contains("Paragraph 4"))
        #expect(!text.contains("A box beside the story"))
    }
    @Test func aRecipesStepsOutsideTheChosenBlockAreAdded() throws {
        // Ingredients and method in separate blocks; the JSON-LD names the steps.
        let steps = ["Sift the flour, the sugar and the salt into a large bowl.", "Rub in the butter until the mix looks like crumbs.",
                     "Bake for twenty minutes, until golden, and let cool."]
        let json = #"<script type="application/ld+json">{"@type": "Recipe", "recipeInstructions": ["#
            + steps.map { #"{"@type": "HowToStep", "text": "\#($0)"}"# }.joined(separator: ",") + "]}</script>"
        let ingredients = (1...8).map { "<p>\($0)00 g of flour, sugar, butter, salt, milk, eggs, or whatever the pantry holds, sifted.</p>" }.joined()
        let (strategy, text) = try strategy(json + #"<div class="ingredients-box">\#(ingredients)</div><div class="aside-box"><p>Ads</p></div>"#
            + #"<div class="method-box"><ol>\#(steps.map { "<li>\($0)</li>" }.joined())</ol></div>"#)
        #expect(strategy.hasSuffix("+recipe-steps"))
        #expect(text.contains("Bake for twenty minutes"))
        #expect(text.contains("Sift the flour"))
    }
}
