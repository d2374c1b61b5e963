import DOM
import Foundation
import Testing
import WinnowCore

@testable import Clean

/// Parses inline HTML and extracts its metadata with a fixed clock (2024-06-01).
func metadata(_ html: String, url: String? = "https://www.example.com/news/2018/11/22/story.html")
    throws -> Metadata
{
    let tree = try HTMLParser.parse(Array(html.utf8), encoding: "UTF-8")
    return MetadataExtractor.extract(
        from: tree, pageURL: url, now: Date(timeIntervalSince1970: 1_717_200_000))
}

@Suite struct MetadataExtractorTests {
    @Test func readsJSONLDGraphWithReferencedAuthor() throws {
        let html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://example.com/#site","name":"Example Site"},
              {"@type":"Person","@id":"https://example.com/#jane","name":"Jane Doe"},
              {"@type":["NewsArticle"],"headline":"The Headline","author":{"@id":"https://example.com/#jane"},
               "publisher":{"@type":"Organization","name":"Example News"},
               "datePublished":"2018-11-22T10:00:00+01:00","dateModified":"2019-01-01",
               "description":"A summary.","image":[{"@type":"ImageObject","url":"/img/a.jpg"}],
               "keywords":"one, two","articleSection":"World","inLanguage":"en-GB",
               "mainEntityOfPage":{"@id":"https://example.com/story"}}
            ]}
            </script><title>The Headline | Example News</title></head><body><p>x</p></body></html>
            """
        let result = try metadata(html)
        #expect(result.title == "The Headline")
        #expect(result.author == "Jane Doe")
        #expect(result.sitename == "Example News")
        #expect(result.date == "2018-11-22T10:00:00+01:00")
        #expect(result.description == "A summary.")
        #expect(result.language == "en")
        #expect(result.tags == ["one", "two"])
        #expect(result.categories == ["World"])
        #expect(result.image == "https://example.com/img/a.jpg")
        #expect(result.url == "https://example.com/story")
        #expect(result.hostname == "example.com")
    }

    @Test func joinsNestedAuthorArrays() throws {
        let html = """
            <script type="application/ld+json">[{"@type":"Article","headline":"H",
            "author":[{"@type":"Person","name":"Ann Lee"},[{"name":"Bo Chan"}],"By Cy Diaz",
            {"@type":"Person","givenName":"Di","familyName":"Eng"}]}]</script><title>H</title>
            """
        #expect(try metadata(html).author == "Ann Lee; Bo Chan; Cy Diaz; Di Eng")
    }

    @Test func toleratesBrokenJSONLD() throws {
        let html = """
            <script type="application/ld+json"><!--
            {"@type":"NewsArticle","headline":"Broken but fine","author":{"name":"Ann Lee",},
             "description":"line one
            line two",}
            --></script>
            <script type="application/ld+json">{"@type":"WebSite","name":"Site A"}{"@type":"Thing"}</script>
            <script type="application/ld+json">{ this is not json </script>
            <title>Broken but fine</title>
            """
        let result = try metadata(html)
        #expect(result.title == "Broken but fine")
        #expect(result.author == "Ann Lee")
        #expect(result.description == "line one line two")
        #expect(result.sitename == "Site A")
    }

    @Test func survivesVeryDeepJSON() throws {
        let deep = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        let html =
            #"<script type="application/ld+json">{"a":"# + deep
            + #"","@type":"Article","headline":"Deep"}</script><title>Deep</title>"#
        #expect(try metadata(html).title == "Deep")
    }

    @Test func readsOpenGraphAndMetaTags() throws {
        let html = """
            <html lang="de-AT"><head>
            <meta property="og:title" content="OG Title">
            <meta property="og:site_name" content="OG Site">
            <meta property="og:description" content="OG description.">
            <meta property="og:image" content="//cdn.example.com/i.png">
            <meta property="article:published_time" content="2020-02-03T04:05:06Z">
            <meta property="article:author" content="https://facebook.com/someone">
            <meta name="author" content="Max Muster">
            <meta property="article:section" content="Politik">
            <meta property="article:tag" content="Wahl"><meta property="article:tag" content="Bund">
            <title>Other | OG Site</title></head><body></body></html>
            """
        let result = try metadata(html)
        #expect(result.title == "OG Title")
        #expect(result.sitename == "OG Site")
        #expect(result.description == "OG description.")
        #expect(result.image == "https://cdn.example.com/i.png")
        #expect(result.date == "2020-02-03T04:05:06+00:00")
        #expect(result.author == "Max Muster")
        #expect(result.language == "de")
        #expect(result.categories == ["Politik"])
        #expect(result.tags == ["Wahl", "Bund"])
    }

    @Test func prefersDublinCoreAndSplitsSpaceSeparatedProperties() throws {
        let html = """
            <meta property="og:title twitter:title" content="A title">
            <meta property="x:title DC:title" content="Preferred title">
            <meta name="DC.creator" content="Creator Name"><meta name="author" content="Other">
            """
        let result = try metadata(html)
        #expect(result.title == "Preferred title")
        #expect(result.author == "Creator Name")
    }

    @Test func readsParselyAndCitationTags() throws {
        let html = """
            <meta name="parsely-author" content="Pat Roe"><meta name="parsely-pub-date" content="2017-05-06">
            <meta name="citation_title" content="A Paper"><title>A Paper</title>
            """
        let result = try metadata(html)
        #expect(result.author == "Pat Roe")
        #expect(result.date == "2017-05-06")
    }

    @Test func readsMicrodataAndPreferredTime() throws {
        let html = """
            <body><time datetime="2019-01-01">teaser</time>
            <article itemscope itemtype="https://schema.org/Article">
            <h1 itemprop="headline">Micro Headline</h1>
            <span itemprop="author" itemscope><span itemprop="name">Kim Park</span></span>
            <time class="entry-date published" datetime="2018-03-04T05:06:07-05:00">March 4</time>
            <div itemprop="publisher" itemscope><meta itemprop="name" content="Micro Times"></div>
            </article></body>
            """
        let result = try metadata(html, url: nil)
        #expect(result.title == "Micro Headline")
        #expect(result.author == "Kim Park")
        #expect(result.date == "2018-03-04T05:06:07-05:00")
        #expect(result.sitename == "Micro Times")
    }

    @Test func fallsBackToURLDateThenAnyTime() throws {
        #expect(try metadata("<title>T</title>").date == "2018-11-22")
        #expect(
            try metadata("<time datetime='2016-07-08'>x</time>", url: "https://a.com/x").date
                == "2016-07-08")
        let modifiedOnly = #"<meta property="article:modified_time" content="2015-01-02">"#
        #expect(try metadata(modifiedOnly, url: nil).date == "2015-01-02")
    }

    @Test func prefersPublishedOverModified() throws {
        let html = """
            <script type="application/ld+json">{"@type":"Article","headline":"T",
            "dateModified":"2020-01-01","datePublished":"2019-12-31"}</script>
            """
        #expect(try metadata(html, url: nil).date == "2019-12-31")
    }

    @Test func rejectsImpossibleDates() throws {
        let html = """
            <meta property="article:published_time" content="1990-01-01">
            <meta name="date" content="2031-01-01"><meta name="pubdate" content="2018-02-30">
            <meta name="dc.date" content="2012-03-04">
            """
        #expect(try metadata(html, url: nil).date == "2012-03-04")
    }

    @Test func resolvesCanonicalAgainstPageURL() throws {
        let html = #"<link rel="canonical" href="/a/b?c=1">"#
        let result = try metadata(html, url: "https://www.site.org/x/y")
        #expect(result.url == "https://www.site.org/a/b?c=1")
        #expect(result.hostname == "www.site.org")
        // A canonical link to the front page from an article page is a template bug.
        let front = try metadata(
            #"<link rel="canonical" href="https://site.org/">"#, url: "https://site.org/a/b")
        #expect(front.url == "https://site.org/a/b")
        #expect(try metadata("<p>x</p>", url: nil).url == nil)
    }

    @Test func normalizesLanguageFromSeveralSources() throws {
        #expect(try metadata(#"<html lang="EN-us"><p>x</p></html>"#).language == "en")
        #expect(try metadata(#"<html xml:lang="fr_CA"><p>x</p></html>"#).language == "fr")
        #expect(try metadata(#"<meta http-equiv="Content-Language" content="pt-BR">"#).language == "pt")
        #expect(try metadata(#"<meta property="og:locale" content="es_ES">"#).language == "es")
        #expect(try metadata(#"<html lang="und"><p>x</p></html>"#).language == nil)
    }

    @Test func sitenameFromTitleSuffixWhenNothingElse() throws {
        let result = try metadata(
            "<title>A Long Enough Headline Here | The Daily Paper</title>", url: nil)
        #expect(result.sitename == "The Daily Paper")
        #expect(result.title == "A Long Enough Headline Here")
    }

    @Test func rejectsSiteNameThatIsTheTitle() throws {
        let html = """
            <meta name="application-name" content="Big Story Headline">
            <meta property="og:title" content="Big Story Headline"><title>Big Story Headline</title>
            """
        let result = try metadata(html, url: nil)
        #expect(result.title == "Big Story Headline")
        #expect(result.sitename == nil)
    }

    @Test func distrustsJSONLDHeadlineThatNoOtherSourceConfirms() throws {
        let html = """
            <script type="application/ld+json">{"@type":"Article","headline":"a short description"}</script>
            <title>The Real Title Of It - Encyclopedia</title><h1>The Real Title Of It</h1>
            """
        #expect(try metadata(html, url: nil).title == "The Real Title Of It")
    }

    @Test func descriptionFallsBackToFirstParagraph() throws {
        let html = """
            <body><nav><p>Home, News, Sport and a great many other sections of this site.</p></nav>
            <p class="byline">By Someone Who Wrote It</p><p>Short label</p>
            <p>This is the first real paragraph of the article, long enough to be prose.</p></body>
            """
        #expect(
            try metadata(html).description
                == "This is the first real paragraph of the article, long enough to be prose.")
    }

    @Test func cleansWhitespaceControlCharactersAndDoubleEncodedEntities() throws {
        let html =
            "<meta name=\"description\" content=\"  It&amp;#039;s \u{7}\n here\u{200B}  \"><title>\n T \t</title>"
        let result = try metadata(html, url: nil)
        #expect(result.description == "It's here")
        #expect(result.title == "T")
    }

    @Test func emptyPageGivesEmptyMetadata() throws {
        let result = try metadata("<html></html>", url: nil)
        #expect(result == Metadata())
    }
}
