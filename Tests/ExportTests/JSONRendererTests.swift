import Foundation
import Testing
import WinnowCore

@testable import Export

@Suite struct JSONRendererTests {
    @Test func compactLineHasAllKeysInOrderWithNullsAndArrays() {
        let article = Article(metadata: Metadata(title: "T", tags: ["a"]), blocks: [.paragraph("p")])
        let expected =
            #"{"title":"T","author":null,"date":null,"url":null,"hostname":null,"sitename":null,"#
            + #""description":null,"language":null,"categories":[],"tags":["a"],"image":null,"#
            + #""source":"in/page.html","text":"p","authors":[],"date_modified":null,"license":null,"#
            + #""page_type":null,"fingerprint":null,"id":null}"#
        #expect(JSONRenderer.renderLine(article, origin: "in/page.html") == expected)
    }

    @Test func newMetadataKeysFollowTheOldOnesAndSourcesOnlyWhenAsked() throws {
        var meta = Metadata(title: "T", author: "Ann Lee; Bo Chan")
        meta.authors = ["Ann Lee", "Bo Chan"]
        meta.dateModified = "2019-01-02"
        meta.license = "https://creativecommons.org/licenses/by/4.0/"
        meta.pageType = "article"
        meta.fingerprint = "0123456789abcdef"
        meta.id = "fedcba9876543210"
        meta.sources = ["title": "json-ld", "author": "byline", "date_modified": "meta"]
        let article = Article(metadata: meta, blocks: [.paragraph("p")])
        let plain = try #require(try parseJSON(JSONRenderer.renderLine(article, origin: "o")) as? [String: Any])
        #expect(plain["sources"] == nil)
        #expect(plain["authors"] as? [String] == ["Ann Lee", "Bo Chan"])
        #expect(plain["date_modified"] as? String == "2019-01-02")
        #expect(plain["license"] as? String == "https://creativecommons.org/licenses/by/4.0/")
        #expect(plain["page_type"] as? String == "article")
        #expect(plain["fingerprint"] as? String == "0123456789abcdef")
        #expect(plain["id"] as? String == "fedcba9876543210")

        let explained = JSONRenderer.render(article, origin: "o", includeSources: true)
        #expect(topLevelKeyOrder(explained, keys: JSONRenderer.keys + ["sources"]) == JSONRenderer.keys + ["sources"])
        let object = try #require(try parseJSON(explained) as? [String: Any])
        #expect(object["sources"] as? [String: String] == meta.sources)
        // Sorted keys: the same sources always serialize the same way.
        let line = JSONRenderer.renderLine(article, origin: "o", includeSources: true)
        #expect(line.hasSuffix(#""sources":{"author":"byline","date_modified":"meta","title":"json-ld"}}"#))
    }

    @Test func prettyFileParsesBackToTheArticle() throws {
        let json = JSONRenderer.render(everyBlockArticle, origin: "https://example.com/a?x=1")
        #expect(json.hasSuffix("}\n"))
        #expect(json.hasPrefix("{\n  \"title\": \"The Title\",\n  \"author\": "))
        #expect(topLevelKeyOrder(json, keys: JSONRenderer.keys) == JSONRenderer.keys)
        let object = try #require(try parseJSON(json) as? [String: Any])
        #expect(Set(object.keys) == Set(JSONRenderer.keys))
        let meta = everyBlockArticle.metadata
        #expect(object["title"] as? String == meta.title)
        #expect(object["author"] as? String == meta.author)
        #expect(object["date"] as? String == meta.date)
        #expect(object["url"] as? String == meta.url)
        #expect(object["hostname"] as? String == meta.hostname)
        #expect(object["sitename"] as? String == meta.sitename)
        #expect(object["description"] as? String == meta.description)
        #expect(object["language"] as? String == meta.language)
        #expect(object["categories"] as? [String] == meta.categories)
        #expect(object["tags"] as? [String] == meta.tags)
        #expect(object["image"] is NSNull)
        #expect(object["source"] as? String == "https://example.com/a?x=1")
        #expect(object["text"] as? String == everyBlockArticle.text)
    }

    @Test func lineAndFileCarryTheSameObject() throws {
        let pretty = try #require(try parseJSON(JSONRenderer.render(everyBlockArticle, origin: "o")) as? NSDictionary)
        let line = JSONRenderer.renderLine(everyBlockArticle, origin: "o")
        #expect(!line.contains("\n"))
        let compact = try #require(try parseJSON(line) as? NSDictionary)
        #expect(pretty == compact)
    }

    @Test(arguments: JSONValueTests.nastyStrings)
    func nastyMetadataAndTextRoundTrip(text: String) throws {
        let article = Article(
            metadata: Metadata(title: text, author: text, categories: [text, "plain"], tags: [text]),
            blocks: [.paragraph(text), .code(text)])
        let line = JSONRenderer.renderLine(article, origin: text)
        #expect(!line.contains("\n"))
        let object = try #require(try parseJSON(line) as? [String: Any])
        #expect(object["title"] as? String == text)
        #expect(object["author"] as? String == text)
        #expect(object["categories"] as? [String] == [text, "plain"])
        #expect(object["tags"] as? [String] == [text])
        #expect(object["source"] as? String == text)
        #expect(object["text"] as? String == article.text)
    }
}
