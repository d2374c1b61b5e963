import Testing
import WinnowCore

@testable import Export

@Suite struct TextRendererTests {
    @Test func titleBlankLineThenOneBlockPerLine() {
        let expected = """
            The Title

            Section
            First paragraph.
            one
            two
            first
            second
            Quoted words.
            H1\tH2
            a\tb|c
            let x = 1
            print(x)

            """
        #expect(TextRenderer.render(everyBlockArticle) == expected)
    }

    @Test func withoutTitleTheBodyStandsAlone() {
        let article = Article(metadata: Metadata(), blocks: [.paragraph("Only body.")])
        #expect(TextRenderer.render(article) == "Only body.\n")
    }

    @Test func titleWithoutBodyIsJustTheTitle() {
        let article = Article(metadata: Metadata(title: "Lonely"), blocks: [])
        #expect(TextRenderer.render(article) == "Lonely\n")
    }

    @Test func emptyArticleRendersEmpty() {
        #expect(TextRenderer.render(Article(metadata: Metadata(), blocks: [])) == "")
    }

    @Test func formatFacadeMatchesRenderers() {
        #expect(OutputFormat.txt.render(everyBlockArticle, origin: "x") == TextRenderer.render(everyBlockArticle))
        #expect(OutputFormat.md.render(everyBlockArticle, origin: "x") == MarkdownRenderer.render(everyBlockArticle))
        #expect(
            OutputFormat.json.render(everyBlockArticle, origin: "x")
                == JSONRenderer.render(everyBlockArticle, origin: "x"))
        #expect(
            OutputFormat.jsonl.render(everyBlockArticle, origin: "x")
                == JSONRenderer.renderLine(everyBlockArticle, origin: "x"))
    }
}
