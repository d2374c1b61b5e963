import Testing
import WinnowCore

@testable import Export

@Suite struct MarkdownRendererTests {
    private func body(_ blocks: Block...) -> String {
        MarkdownRenderer.render(Article(metadata: Metadata(), blocks: blocks))
    }

    @Test func everyBlockKind() {
        let expected = """
            # The Title

            ### Section

            First paragraph.

            - one
            - two

            1. first
            2. second

            > Quoted words.

            | H1 | H2 |
            | --- | --- |
            | a | b\\|c |

            ```
            let x = 1
            print(x)
            ```

            """
        #expect(MarkdownRenderer.render(everyBlockArticle) == expected)
    }

    @Test func headingsMoveOneLevelDownSoTheTitleIsTheOnlyH1() {
        #expect(body(.heading(level: 1, text: "One")) == "## One\n")
        #expect(body(.heading(level: 5, text: "Five")) == "###### Five\n")
        #expect(body(.heading(level: 6, text: "Six")) == "###### Six\n")
        #expect(body(.heading(level: 0, text: "Bad")) == "## Bad\n")
        #expect(body(.heading(level: 99, text: "Bad")) == "###### Bad\n")
    }

    @Test func headingsStayOnOneLineAndKeepTrailingHashes() {
        #expect(body(.heading(level: 2, text: "Two\nlines")) == "### Two lines\n")
        #expect(body(.heading(level: 2, text: "Learn C #")) == "### Learn C \\#\n")
        #expect(body(.heading(level: 2, text: "C#")) == "### C#\n")
        #expect(MarkdownRenderer.render(Article(metadata: Metadata(title: "#"), blocks: [])) == "# \\#\n")
    }

    @Test(arguments: [
        ("# not a heading", "\\# not a heading"),
        ("> not a quote", "\\> not a quote"),
        ("- not a list", "\\- not a list"),
        ("+ not a list", "\\+ not a list"),
        ("* not a list", "\\* not a list"),
        ("***", "\\***"),
        ("___", "\\___"),
        ("===", "\\==="),
        ("1. not a list", "1\\. not a list"),
        ("2020) not a list", "2020\\) not a list"),
        ("3.14 is fine", "3.14 is fine"),
        ("```", "\\```"),
        ("~~~", "\\~~~"),
        ("<div>", "\\<div>"),
        ("| a | b |", "\\| a | b |"),
        ("[ref]: https://example.com", "\\[ref]: https://example.com"),
        ("    indented code", "indented code"),
        ("plain * text # inside", "plain * text # inside"),
    ])
    func lineStartsAreEscaped(input: String, expected: String) {
        #expect(body(.paragraph(input)) == expected + "\n")
    }

    @Test func everyLineOfAParagraphIsEscaped() {
        #expect(body(.paragraph("Intro\n- dash\n---")) == "Intro\n\\- dash\n\\---\n")
    }

    @Test func multiLineListItemsAndQuotes() {
        #expect(body(.list(ordered: true, items: ["a\n# b", ""])) == "1. a\n   \\# b\n2.\n")
        #expect(body(.list(ordered: false, items: ["- nested?"])) == "- \\- nested?\n")
        #expect(body(.quote("one\n\n> two")) == "> one\n>\n> \\> two\n")
    }

    @Test func adjacentListsOfTheSameKindDoNotMerge() {
        let bullets = body(.list(ordered: false, items: ["a"]), .list(ordered: false, items: ["b"]))
        #expect(bullets == "- a\n\n* b\n")
        let numbers = body(.list(ordered: true, items: ["a"]), .list(ordered: true, items: ["b"]))
        #expect(numbers == "1. a\n\n1) b\n")
    }

    @Test func codeFenceIsLongerThanAnyBacktickRunInside() {
        #expect(body(.code("a ``` b")) == "````\na ``` b\n````\n")
        #expect(body(.code("`````")) == "``````\n`````\n``````\n")
        #expect(body(.code("# not a heading\n")) == "```\n# not a heading\n```\n")
    }

    @Test func tablesArePaddedAndPipesEscaped() {
        let table = body(.table(rows: [["a", "b"], ["only one"], ["x|y", "back\\|slash", "third"]]))
        let expected = """
            | a | b |  |
            | --- | --- | --- |
            | only one |  |  |
            | x\\|y | back\\\\\\|slash | third |

            """
        #expect(table == expected)
        #expect(body(.table(rows: [])) == "")
        #expect(body(.table(rows: [["multi\nline"]])) == "| multi line |\n| --- |\n")
    }

    @Test func emptyBlocksAreSkipped() {
        #expect(body(.paragraph(""), .paragraph("x"), .heading(level: 2, text: " ")) == "x\n")
        #expect(MarkdownRenderer.render(Article(metadata: Metadata(), blocks: [])) == "")
    }
}
