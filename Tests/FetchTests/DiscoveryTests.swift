import DOM
import Fetch
import Foundation
import Testing

@Suite struct DiscoveryTests {
    /// No test here is about timeouts: generous ones keep a loaded machine (the whole suite runs at once
    /// on two cores) from failing robots.txt, which then disallows the host.
    private let patientOptions = fastOptions { $0.timeouts = .init(connect: 30, read: 30, total: 90) }

    @Test func sitemapIndexGzipAndNewsSitemapsListPagesOnce() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let discovery = await Crawler.with(options: patientOptions) { crawler in
            await crawler.discover(sitemaps: [server.url("/sitemap-index.xml")], feeds: [])
        }
        #expect(discovery.errors.isEmpty)
        #expect(discovery.urls == [server.url("/page/news-1"), server.url("/page/news-2"), server.url("/page/gz-1")])
    }

    @Test func rssAndAtomFeedsListTheirItems() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let discovery = await Crawler.with(options: patientOptions) { crawler in
            await crawler.discover(sitemaps: [], feeds: [server.url("/feed.rss"), server.url("/feed.atom")])
        }
        #expect(discovery.urls == [server.url("/page/rss-1"), server.url("/page/rss-2"), server.url("/page/atom-1")])
    }

    @Test func documentsDeclaringEntitiesAreRefused() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let discovery = await Crawler.with(options: patientOptions) { crawler in
            await crawler.discover(sitemaps: [server.url("/entities.xml"), server.url("/status/404")], feeds: [])
        }
        #expect(discovery.urls.isEmpty)
        #expect(discovery.errors.count == 2)
        // Both documents are fetched at once, so the errors come in either order.
        #expect(discovery.errors.contains { $0.message.contains("declares entities") })
    }

    @Test func xmlParserRefusesEntitiesAndExternalDTDs() throws {
        let external = Array("""
            <?xml version="1.0"?><!DOCTYPE r SYSTEM "file:///etc/passwd"><r>x</r>
            """.utf8)
        // An external DTD is neither loaded nor an error: no entity is declared in the document itself.
        let tree = try XMLTreeParser.parse(external)
        #expect(tree.textContent(of: Tree.root).contains("root:") == false)
        let laughs = Array("<!DOCTYPE r [<!ENTITY a \"x\">]><r>&a;</r>".utf8)
        #expect(throws: XMLTreeParser.ParseError.entityDeclaration) { try XMLTreeParser.parse(laughs) }
    }

    @Test func urlListsSkipCommentsAndBlanksAndDeduplicate() {
        let text = "# news\nhttps://a.example/1\n\n   https://a.example/2  \n#x\nhttps://a.example/1\n"
        #expect(URLList.unique(URLList.parse(text)) == ["https://a.example/1", "https://a.example/2"])
        #expect(URLList.origin(of: "HTTPS://Example.org:8443/a?b") == "https://example.org:8443")
        #expect(URLList.origin(of: "ftp://example.org/") == nil)
    }
}
