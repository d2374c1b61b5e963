import Testing
import WinnowCore

@testable import Clean

@Suite struct RenderOptionsTests {
    static let page = """
        <html><head><link rel="canonical" href="https://news.example/a/story"><title>T</title></head><body>
        <article>
        <p>The report, <a href="/docs/report.pdf">published on Monday</a>, covers forty towns and their budgets in detail.</p>
        <p>A <a href="javascript:alert(1)">script link</a> and a <a href="data:text/html,x">data link</a> stay plain text here.</p>
        <figure><img src="/img/chart.png" alt="Budget chart"><figcaption>Spending by town, 2024.</figcaption></figure>
        <table><tr><th>Town</th><th>Budget</th></tr><tr><td>Ashby</td><td>4.2</td></tr></table>
        <p>The council will vote on the proposals in the spring, after a round of public hearings.</p>
        </article>
        <div id="comments"><h3>2 comments</h3>
        <div class="comment"><p>Great reporting on the budgets.</p><a class="reply" href="#r">Reply</a></div>
        <form><textarea>Write here</textarea><button>Post</button></form></div>
        </body></html>
        """

    func clean(_ configure: (inout CleanOptions) -> Void) throws -> Article {
        var options = CleanOptions()
        configure(&options)
        return try Cleaner(options: options).clean(FetchedPage(bytes: Array(Self.page.utf8), origin: "o"))
    }

    @Test func defaultsArePlainTextWithTablesAndNoComments() throws {
        let article = try clean { _ in }
        #expect(article.text.contains("The report, published on Monday, covers"))
        #expect(article.blocks.contains(.table(rows: [["Town", "Budget"], ["Ashby", "4.2"]])))
        #expect(!article.text.contains("!["))
        #expect(article.comments == nil)
    }

    @Test func linksBecomeMarkdownWithAbsoluteHTTPURLsOnly() throws {
        let text = try clean { $0.links = true }.text
        #expect(text.contains("[published on Monday](https://news.example/docs/report.pdf)"))
        #expect(!text.contains("javascript:") && !text.contains("data:"))
        #expect(text.contains("script link"))
    }

    @Test func imagesBecomeMarkdown() throws {
        #expect(try clean { $0.images = true }.text.contains("![Budget chart](https://news.example/img/chart.png)"))
    }

    @Test func noTablesDropsDataTables() throws {
        let article = try clean { $0.tables = false }
        #expect(!article.blocks.contains { if case .table = $0 { return true } else { return false } })
        #expect(article.text.contains("The council will vote"))
    }

    @Test func commentsAreExtractedWithoutTheirForm() throws {
        let article = try clean { $0.comments = true }
        let comments = try #require(article.comments)
        #expect(comments.contains("Great reporting on the budgets."))
        #expect(!comments.contains("Write here") && !comments.contains("Post"))
        #expect(!article.text.contains("Great reporting"))
    }
}
