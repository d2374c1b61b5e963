import DOM
import Foundation
import Testing
import WinnowCore

@testable import Clean

/// The fields added by issue 4: authors, date_modified, license, page_type, sources, and the fields the
/// Cleaner fills from the text (language, fingerprint, id).
@Suite struct MetadataFieldsTests {
    @Test func authorsAreAListOfPeopleWithOrganizationsLeftOut() throws {
        let html = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Organization","name":"Wire Service"},
            {"@type":"Person","name":"By Bo Chan"}]}</script><title>H</title>
            """
        let result = try metadata(html)
        #expect(result.authors == ["Ann Lee", "Bo Chan"])
        #expect(result.author == "Ann Lee; Bo Chan")
        #expect(result.sources["author"] == "json-ld")
    }

    @Test func anOrganizationAuthorIsKeptWhenNothingElseNamesSomeone() throws {
        let html = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "author":{"@type":"Organization","name":"Wire Service"}}</script><title>H</title>
            """
        #expect(try metadata(html).authors == ["Wire Service"])
    }

    @Test func bylineRolesAndDatesAreStripped() throws {
        let html = """
            <title>H</title><div class="byline">By Jane Doe and John Roe, Staff Writers | Nov 22, 2018</div>
            """
        let result = try metadata(html, url: nil)
        #expect(result.authors == ["Jane Doe", "John Roe"])
        #expect(result.author == "Jane Doe; John Roe")
        #expect(result.sources["author"] == "byline")
    }

    @Test func modifiedDateComesFromItsOwnSourcesAndNeverPrecedesPublication() throws {
        let html = """
            <meta property="article:published_time" content="2018-11-22T10:00:00Z">
            <meta property="article:modified_time" content="2018-11-23T08:00:00Z"><title>H</title>
            """
        let result = try metadata(html)
        #expect(result.date == "2018-11-22T10:00:00+00:00")
        #expect(result.dateModified == "2018-11-23T08:00:00+00:00")
        #expect(result.sources["date"] == "opengraph")
        #expect(result.sources["date_modified"] == "opengraph")

        let backwards = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "datePublished":"2018-11-22","dateModified":"2017-01-01"}</script><title>H</title>
            """
        #expect(try metadata(backwards).dateModified == nil)

        let timeOnly = #"<title>H</title><time class="updated" datetime="2019-03-04">4 March</time>"#
        #expect(try metadata(timeOnly, url: nil).dateModified == "2019-03-04")
    }

    @Test func licenseFromRelLicenseJSONLDAndCreativeCommonsLinks() throws {
        let rel = #"<title>H</title><link rel="license" href="/license.html">"#
        #expect(try metadata(rel, url: "https://example.com/a/b").license == "https://example.com/license.html")

        let ld = """
            <script type="application/ld+json">{"@type":"Article","headline":"H",
            "license":"https://creativecommons.org/licenses/by-sa/4.0/"}</script><title>H</title>
            """
        let fromLD = try metadata(ld)
        #expect(fromLD.license == "https://creativecommons.org/licenses/by-sa/4.0/")
        #expect(fromLD.sources["license"] == "json-ld")

        let footer = """
            <title>H</title><p>Text.</p><footer>This work is licensed under
            <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></footer>
            """
        #expect(try metadata(footer).license == "https://creativecommons.org/licenses/by/4.0/")

        let notice = #"<title>H</title><meta name="copyright" content="© 2018 Example Inc. All rights reserved.">"#
        #expect(try metadata(notice).license == nil)
    }

    @Test func pageTypeFromSchemaOpenGraphAndStructure() throws {
        let article = #"<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>"#
        #expect(try metadata(article).pageType == "article")
        let video = #"<script type="application/ld+json">{"@type":"VideoObject","name":"Clip"}</script>"#
        #expect(try metadata(video).pageType == "video")
        let collection = #"<script type="application/ld+json">{"@type":"CollectionPage","name":"World"}</script>"#
        #expect(try metadata(collection).pageType == "listing")
        let og = #"<meta property="og:type" content="video.other"><title>Clip</title>"#
        let fromOG = try metadata(og)
        #expect(fromOG.pageType == "video")
        #expect(fromOG.sources["page_type"] == "opengraph")
        let teasers = String(repeating: "<article><h2><a href='/x'>Teaser</a></h2></article>", count: 6)
        #expect(try metadata("<title>News</title>" + teasers).pageType == "listing")
        #expect(try metadata("<title>Home</title><p>Hi</p>", url: "https://example.com/").pageType == "listing")
    }

    @Test func sourcesNameWhereEachFieldCameFrom() throws {
        let html = """
            <html lang="en"><head><title>The Story | Example</title>
            <meta property="og:site_name" content="Example">
            <meta name="description" content="A summary of the story.">
            <meta name="keywords" content="a, b">
            <meta property="og:image" content="/i.jpg"></head>
            <body><h1>The Story</h1><span itemprop="author">Ann Lee</span></body></html>
            """
        let result = try metadata(html)
        #expect(result.sources["title"] == "html")
        #expect(result.sources["sitename"] == "opengraph")
        #expect(result.sources["description"] == "meta")
        #expect(result.sources["language"] == "html")
        #expect(result.sources["tags"] == "meta")
        #expect(result.sources["image"] == "opengraph")
        #expect(result.sources["author"] == "microdata")
        #expect(result.sources["date"] == "url")
        #expect(result.sources["url"] == "url")
    }

    @Test func cleanerFillsLanguageFingerprintAndID() throws {
        let body = String(
            repeating: "<p>Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen, "
                + "und der Bürgermeister sagte, dass der Plan bis zum Ende des Jahres fertig sein wird.</p>",
            count: 4)
        let page = "<html><head><title>Haushalt</title></head><body><article>\(body)</article></body></html>"
        let cleaner = Cleaner()
        let undeclared = try cleaner.clean(FetchedPage(bytes: Array(page.utf8), origin: "in/a.html"))
        #expect(undeclared.metadata.language == "de")
        #expect(undeclared.metadata.sources["language"] == "detected")
        #expect(undeclared.metadata.fingerprint?.count == 16)
        #expect(undeclared.metadata.id == StableID.hex("in/a.html"))
        #expect(undeclared.metadata.sources["id"] == "input")

        // A template default contradicted by a long text in another language is corrected...
        let wrong = page.replacingOccurrences(of: "<html>", with: "<html lang=\"en\">")
        #expect(try cleaner.clean(FetchedPage(bytes: Array(wrong.utf8), origin: "x")).metadata.language == "de")
        // ...but a close relative or an unknown tag is left alone.
        let close = page.replacingOccurrences(of: "<html>", with: "<html lang=\"lb\">")
        #expect(try cleaner.clean(FetchedPage(bytes: Array(close.utf8), origin: "x")).metadata.language == "lb")

        let withURL = try cleaner.clean(
            FetchedPage(bytes: Array(page.utf8), url: "https://example.com/a", origin: "in/a.html"))
        #expect(withURL.metadata.id == StableID.hex("https://example.com/a"))
        #expect(withURL.metadata.fingerprint == undeclared.metadata.fingerprint)
    }
}

@Suite struct MetadataDateLanguagesTests {
    static let now = Date(timeIntervalSince1970: 1_717_200_000)

    @Test(arguments: [
        "22. November 2018", "22/11/2018", "Nov 22, 2018", "2018年11月22日", "22 ноября 2018",
        "22 листопада 2018", "22 listopada 2018", "22. listopadu 2018", "22. marraskuuta 2018",
        "22 Kasım 2018", "2018. november 22.", "22 Νοεμβρίου 2018", "2018년 11월 22일", "22 november 2018",
        "22 de noviembre de 2018", "22 novembre 2018", "22. novembra 2018", "22 noiembrie 2018",
        "Thursday, November 22nd, 2018", "22.11.2018", "2018-11-22", "Publicado el 22 de novembro de 2018",
    ])
    func visibleDatesInManyLanguages(text: String) {
        #expect(DateNormalizer.normalize(text, now: Self.now) == "2018-11-22", "\(text)")
    }

    @Test func visibleDateElementsAreALastResort() throws {
        let html = #"<title>H</title><p class="article-date">Veröffentlicht am 22. November 2018</p>"#
        let result = try metadata(html, url: nil)
        #expect(result.date == "2018-11-22")
        #expect(result.sources["date"] == "text")
        let updated = #"<title>H</title><span class="date updated">22. November 2018</span>"#
        #expect(try metadata(updated, url: nil).date == nil)
    }
}

/// The same page gives the same metadata in every process: JSON objects are walked in key order, not in
/// the dictionary's per-process hash order.
@Suite struct MetadataDeterminismTests {
    @Test func equalRankedJSONLDObjectsAreReadInKeyOrder() throws {
        // Eight articles of the same rank under eight keys: in hash order the first one read would be
        // a different one in most processes.
        let keys = ["h", "c", "f", "a", "g", "d", "b", "e"]
        let members = keys.map { #""\#($0)":{"@type":"NewsArticle","headline":"Headline \#($0.uppercased())"}"# }
        let html = #"<script type="application/ld+json">{\#(members.joined(separator: ","))}</script>"#
        #expect(try metadata(html, url: nil).title == "Headline A")
    }
}
