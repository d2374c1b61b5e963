import Testing
import WinnowCore

@testable import Clean

/// One tiny page per boilerplate concept: an article plus the boilerplate marked `LEAK`.
/// The article must survive and nothing marked `LEAK` may reach the output.
@Suite struct BoilerplateRuleTests {
    static let article = """
        <p>The city council approved the new budget on Tuesday after a long debate about schools, roads and
        the future of public transport in the region.</p>
        <p>Officials said the plan, which takes effect in January, would add three bus lines and repair
        forty kilometres of road before the end of next year.</p>
        <p>Opposition members criticised the timing, arguing that residents had too little time to comment
        on the proposal before the vote.</p>
        """

    static func page(body: String) -> String {
        "<html><head><title>Budget approved</title></head><body>\(body)</body></html>"
    }

    static let cases: [(String, String)] = [
        ("navigation", #"<nav><ul><li><a href="/">Home LEAK</a></li></ul></nav><article>\#(article)</article>"#),
        ("menu toggle", #"<button class="menu-toggle">Menu LEAK</button><div class="main-menu"><a href="/">LEAK News</a></div><article>\#(article)</article>"#),
        ("site header", #"<header class="site-header"><p>Damascus, Aleppo, LEAK</p></header><article>\#(article)</article>"#),
        ("footer", #"<article>\#(article)</article><footer><p>© 2024 LEAK All rights reserved</p></footer>"#),
        ("breadcrumbs", #"<div class="breadcrumbs"><a href="/">LEAK Home</a> › Politics</div><article>\#(article)</article>"#),
        ("sidebar", #"<article>\#(article)</article><div id="sidebar"><div class="widget"><p>LEAK widget text about other things entirely.</p></div></div>"#),
        ("newsletter", #"<article>\#(article)<div class="newsletter-signup"><p>Get LEAK updates by email every morning.</p></div></article>"#),
        ("newsletter messages", #"<article>\#(article)<p>You have successfully subscribed to the newsletter LEAK</p></article>"#),
        ("cookie notice", #"<div class="cookie-banner"><p>We use cookies LEAK to improve your experience.</p></div><article>\#(article)</article>"#),
        ("consent dialog", #"<div role="dialog" aria-label="Privacy"><p>LEAK Your privacy choices matter to us.</p></div><article>\#(article)</article>"#),
        ("share box", #"<article>\#(article)<div class="sharedaddy"><h3>Share this LEAK</h3><a href="/share">Facebook</a></div></article>"#),
        ("follow paragraph", #"<article>\#(article)<p>Follow us on Telegram LEAK: link will open Telegram app.</p></article>"#),
        ("donate paragraph", #"<article>\#(article)<p>To help us continue LEAK please visit the Donate page.</p></article>"#),
        ("related list", #"<article>\#(article)<div class="jp-relatedposts"><p>LEAK Related: council elections</p></div></article>"#),
        ("latest news widget", #"<article>\#(article)</article><section class="latest-news"><h2>Latest News LEAK</h2><ul><li><a href="/a">A</a></li></ul></section>"#),
        ("comments", #"<article>\#(article)</article><div id="comments"><p>LEAK Great article, thanks for writing it so clearly!</p></div>"#),
        ("ads", #"<article>\#(article)<div class="ad-slot"><p>LEAK Advertisement for shoes</p></div></article>"#),
        ("hidden attribute", #"<article>\#(article)<p hidden>LEAK hidden paragraph text</p></article>"#),
        ("aria-hidden", #"<article>\#(article)<div aria-hidden="true">LEAK decorative text</div></article>"#),
        ("display none", #"<article>\#(article)<p style="display: none">LEAK invisible text</p></article>"#),
        ("hiding class", #"<article>\#(article)<span class="screen-reader-text">LEAK skip text</span></article>"#),
        ("form", #"<article>\#(article)</article><form action="/s"><label>LEAK Search the site</label><input name="q"></form>"#),
        ("author box", #"<article>\#(article)<div class="author-box"><p>LEAK Jane writes about cities.</p></div></article>"#),
        ("read more link", #"<article>\#(article)<p><a href="/x">Read more: LEAK another story</a></p></article>"#),
        ("user bio", #"<article>\#(article)<div class="user-bio"><div class="user-bio__text">LEAK Jane reports on cities.</div></div></article>"#),
        ("paywall notice", #"<article>\#(article)<p>To view the full story, please subscribe to The Daily LEAK.</p></article>"#),
        ("caption with credit", #"<article>\#(article)<figure><img src="a.jpg"><figcaption>LEAK Council members during the vote in the city hall on Tuesday. Photo: Jane Doe</figcaption></figure></article>"#),
        ("caption with agency", #"<article>\#(article)<p>LEAK Council members during the vote in the city hall on Tuesday. (jdoe / iStock.com)</p></article>"#),
        ("tag line", #"<article>\#(article)<p>Tags: LEAK, budget, council</p></article>"#),
        ("affiliate disclosure", #"<article>\#(article)<p>This post contains references to products from our advertisers. We may receive compensation LEAK when you click.</p></article>"#),
        ("opinion disclaimer", #"<article>\#(article)<p>Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der LEAK Redaktion.</p></article>"#),
        ("source line", #"<article>\#(article)<p>Quelle: LEAK Landesregierung</p></article>"#),
        ("app call to action", #"<article>\#(article)<p>Get the latest news straight to your phone with the LEAK app.</p></article>"#),
        ("numbered caption", #"<article>\#(article)<p>Abbildung 4: LEAK klassische Schwachschicht im Profil.</p></article>"#),
        ("neighbour post", #"<article>\#(article)<p>Nachfolgebeitrag: LEAK Was passiert hier eigentlich noch?</p></article>"#),
        ("embed placeholder", #"<article>\#(article)<p>Klicken Sie auf den unteren Button, um den Inhalt von LEAK www.example.org zu laden.</p></article>"#),
        ("recommendation heading", #"<article>\#(article)<h3>Heute empfehlen wir LEAK</h3><p>Schools will get new buses next spring, the mayor said.</p></article>"#),
        ("author bio", #"<article>\#(article)<p>Jane Doe writes about cities and LEAK transport for the paper.</p></article>"#),
        ("publication line", #"<article>\#(article)<p>Veröffentlichung: 2. Februar 2022 LEAK</p></article>"#),
        ("comment call", #"<article>\#(article)<p>Let us know in the comments LEAK what you think.</p></article>"#),
        ("article purchase", #"<article>\#(article)<p>Instant access to the full article PDF. LEAK</p></article>"#),
        ("press contact", #"<article>\#(article)<p>Pressekontakt:</p><p>LEAK Jane Doe<br>LEAK City Press Office<br>Telefon: +49 40 1234<br>E-Mail: press@example.org</p></article>"#),
        ("unlabelled contact box", #"<article>\#(article)<p>LEAK Budget office</p><p>LEAK Head: Jane Doe</p><p>Tel. 040 1234</p><p>Fax 040 1235</p><p>LEAK-office@example.org</p></article>"#),
        ("more-from heading", #"<article>\#(article)<h3>More from LEAK Daily</h3><p>Schools will get new buses next spring, the mayor said.</p></article>"#),
        ("further information label", #"<article>\#(article)<p>Weitere Informationen:</p><p><a href="/x">LEAK budget document</a></p></article>"#),
    ]

    @Test(arguments: cases)
    func removesBoilerplateAndKeepsArticle(name: String, body: String) throws {
        let html = Self.page(body: body)
        let article = try Cleaner().clean(FetchedPage(bytes: Array(html.utf8), origin: name))
        let text = article.text
        #expect(!text.contains("LEAK"), "\(name): boilerplate leaked into \(text)")
        #expect(text.contains("The city council approved the new budget"), "\(name): article lost")
        #expect(text.contains("before the vote."), "\(name): last paragraph lost")
    }

    @Test func classTokenOnArticleWrapperDoesNotDeleteIt() throws {
        // A 'share' class on the article wrapper itself (seen in WordPress themes) must not remove it.
        let html = Self.page(body: #"<div class="entry share">\#(Self.article)</div><div class="comments"><p>x</p></div>"#)
        let text = try Cleaner().clean(FetchedPage(bytes: Array(html.utf8), origin: "t")).text
        #expect(text.contains("The city council approved"))
    }

    @Test func pageWideFormIsNotANewsletterForm() throws {
        // ASP.NET pages wrap the whole body in one <form>.
        let html = Self.page(body: #"<form id="aspnetForm"><div class="content">\#(Self.article)</div></form>"#)
        let text = try Cleaner().clean(FetchedPage(bytes: Array(html.utf8), origin: "t")).text
        #expect(text.contains("Officials said the plan"))
    }

    @Test func cookieTokenInsideArticleDoesNotDeleteTheArticle() throws {
        let html = Self.page(body: #"<div id="main" class="cookie-consent-aware">\#(Self.article)</div>"#)
        let text = try Cleaner().clean(FetchedPage(bytes: Array(html.utf8), origin: "t")).text
        #expect(text.contains("Opposition members criticised"))
    }

    @Test func layoutClassesOnBodyDoNotDeleteThePage() throws {
        // Drupal and WordPress describe the layout on <body>: "no-sidebars", "has-sidebar".
        // A long <title> and a short body: the body holds too little of the page's text for the share guard.
        let title = String(repeating: "Budget approved after a long debate ", count: 10)
        let html = "<html><head><title>\(title)</title></head><body class=\"html no-sidebars page-node\">"
            + "<div id=\"skip-link\"><a href=\"#main\">Skip to main content</a></div><p>Short note.</p></body></html>"
        let text = try Cleaner().clean(FetchedPage(bytes: Array(html.utf8), origin: "t")).text
        #expect(text.contains("Short note."))
    }

    /// Bare labels cannot carry a LEAK marker: the label itself must be gone.
    @Test(arguments: ["Reklama", "Pin it", "Print recipe", "Was this article helpful?", "Schon gelesen?",
                      "Zum Rezept Drucken Pinnen", "Bild anzeigen Bild schließen", "Von:",
                      "Kommentarfeed | Kommentare geschlossen | Trackback-URL"])
    func widgetLabelsAreDropped(label: String) throws {
        let html = Self.page(body: "<article><p>\(label)</p>\(Self.article)<p>\(label)</p></article>")
        let text = try Cleaner().clean(FetchedPage(bytes: Array(html.utf8), origin: label)).text
        #expect(!text.contains(label))
        #expect(text.contains("The city council approved the new budget"))
    }

    @Test func aWidgetHoldingAShortBlogPostIsNotASidebar() throws {
        // Blogger wraps the post in "widget Blog"; a short post separates paragraphs with <br>, so it has
        // no prose <p> at all. The sidebar's widgets are bigger than the post.
        let post = "Python 3.6.0 is now available, the newest major release, with many new features and"
            + " optimizations.<br><br>You can download it from the downloads page, and the documentation"
            + " describes what is new in this release in detail.<br><br>We hope you enjoy this release,"
            + " and thanks to everyone who contributed to it over the last eighteen months of work."
            + "<br><br>Please report any problems you find to the issue tracker, so they can be fixed soon."
        let sidebar = String(repeating: "<li><a href=\"/x\">Another blog about programming languages</a></li>", count: 40)
        let html = Self.page(body: "<div id=\"main\"><div class=\"widget Blog\" id=\"Blog1\"><h3>Python 3.6.0</h3>"
            + "<div class=\"post-body entry-content\">\(post)</div></div></div>"
            + "<div id=\"sidebar\"><div class=\"widget BlogList\"><ul>\(sidebar)</ul></div></div>")
        let text = try Cleaner().clean(FetchedPage(bytes: Array(html.utf8), origin: "blog")).text
        #expect(text.contains("You can download it from the downloads page"))
        #expect(!text.contains("Another blog about programming"))
    }

    @Test func datelinesGoButTheHeadlineAndSentencesAboutUpdatesStay() throws {
        let html = Self.page(body: "<article><h2>Budget day</h2><p>Posted on April 21, 2015, at 11:29 a.m.</p>"
            + "<p>Veröffentlicht am 16.08.2019</p>\(Self.article)<p>Updated figures show 3 more bus lines.</p></article>")
        let text = try Cleaner().clean(FetchedPage(bytes: Array(html.utf8), origin: "dateline")).text
        #expect(!text.contains("Posted on"))
        #expect(!text.contains("Veröffentlicht am"))
        #expect(text.contains("Budget day"))
        #expect(text.contains("Updated figures show 3 more bus lines."))
    }

    @Test func inlineHiddenTextGoesUnlessItIsThePage() throws {
        // Hidden by style and holding half the text: a reader never sees it.
        let hidden = Self.article.replacingOccurrences(of: "The city council", with: "LEAK The city council")
        let half = Self.page(body: "<article><div style=\"visibility: hidden\">\(hidden)</div>"
            + "<div>\(Self.article.replacingOccurrences(of: "budget", with: "plan"))</div></article>")
        let text = try Cleaner().clean(FetchedPage(bytes: Array(half.utf8), origin: "half")).text
        #expect(!text.contains("LEAK"))
        #expect(text.contains("approved the new plan"))
        // The whole body hidden until a script shows it: kept.
        let whole = Self.page(body: "<div id=\"app\" style=\"display:none\"><article>\(Self.article)</article></div>")
        #expect(try Cleaner().clean(FetchedPage(bytes: Array(whole.utf8), origin: "whole")).text.contains("before the vote."))
    }

    /// Text that looks like boilerplate to one rule but is the page's own: (name, body, lines that must stay).
    static let lookalikes: [(String, String, [String])] = [
        ("sentence about a photo",
         "<article>\(article)<p>The photo: a crowd of residents in front of the city hall, waiting in the rain for the vote"
            + " that would decide the future of three bus lines, forty kilometres of road and the harbour plan.</p></article>",
         ["waiting in the rain"]),
        ("closing sentence about someone",
         "<article>\(article)<p>Jane Doe, the mayor, is a strong supporter of the plan.</p></article>", ["strong supporter"]),
        ("short lines starting with phone words",
         "<article>\(article)<p>New rules:</p><p>Mobile phones stay in the bag.</p><p>Phone calls go to the office.</p></article>",
         ["Mobile phones stay in the bag.", "Phone calls go to the office."]),
        // An imprint opens with the addresses: they are the page, not a box under an article.
        ("contact page",
         "<article><p>Agentur Example</p><p>Tel. 040 1234</p><p>Fax 040 1235</p><p>E-Mail: info@example.org</p>\(article)</article>",
         ["Tel. 040 1234", "E-Mail: info@example.org"]),
    ]

    @Test(arguments: lookalikes)
    func lookalikesStay(name: String, body: String, kept: [String]) throws {
        let text = try Cleaner().clean(FetchedPage(bytes: Array(Self.page(body: body).utf8), origin: name)).text
        for line in kept { #expect(text.contains(line), "\(name): lost \(line)") }
    }

    @Test func widgetLabelsInsideAListGoAndTheOtherItemsStay() throws {
        let html = Self.page(body: "<article><ul><li>Erholung</li><li>Anzeige</li></ul>\(Self.article)"
            + "<ul><li>Tea with lemon</li><li>Print recipe</li><li>Honey</li></ul></article>")
        let article = try Cleaner().clean(FetchedPage(bytes: Array(html.utf8), origin: "tags"))
        #expect(article.blocks.contains(.list(ordered: false, items: ["Erholung"])))
        #expect(article.blocks.contains(.list(ordered: false, items: ["Tea with lemon", "Honey"])))
        #expect(!article.text.contains("Anzeige"))
    }
}
