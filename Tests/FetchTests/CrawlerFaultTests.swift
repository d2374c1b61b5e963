import Fetch
import Foundation
import Synchronization
import Testing

/// Options that keep every test fast: no politeness delay, short timeouts and backoff.
func fastOptions(_ change: (inout FetchOptions) -> Void = { _ in }) -> FetchOptions {
    var options = FetchOptions()
    options.politeness.delay = 0
    options.retry = .init(maxRetries: 2, baseDelay: 0.05, maxDelay: 2)
    options.timeouts = .init(connect: 1, read: 1, total: 3)
    options.limits.maxBodyBytes = 1_000_000
    options.limits.maxDecodedBytes = 5_000_000
    change(&options)
    return options
}

/// Crawls `urls` and returns the outcomes by URL (failing if any URL is reported twice or never).
func crawl(_ urls: [String], options: FetchOptions, archive: WARCWriter? = nil) async throws -> [String: FetchOutcome] {
    let collected = Mutex<[FetchOutcome]>([])
    await Crawler.with(options: options, archive: archive) { crawler in
        await crawler.run(urls) { outcome in collected.withLock { $0.append(outcome) } }
    }
    let outcomes = collected.withLock { $0 }
    #expect(outcomes.count == urls.count, "one outcome per URL")
    #expect(Set(outcomes.map(\.url)) == Set(urls))
    return Dictionary(outcomes.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
}

@Suite struct CrawlerFaultTests {
    @Test func fetchesHTMLWithCharsetFinalURLAndUserAgent() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let url = server.url("/page/hello")
        let outcome = try #require(try await crawl([url], options: fastOptions())[url])
        #expect(outcome.status == .fetched)
        #expect(outcome.httpStatus == 200 && outcome.attempts == 1 && outcome.finalURL == url)
        #expect(outcome.page?.charsetHint == "utf-8")
        let text = String(decoding: outcome.page?.bytes ?? [], as: UTF8.self)
        #expect(text.contains("<h1>hello</h1>"))
        #expect(server.requests(to: "/page/hello").first?.userAgent == FetchOptions.defaultUserAgent)
        #expect(FetchOptions.defaultUserAgent.hasPrefix("Winnow/\(FetchOptions.version)"))
    }

    @Test func decodesGzipAndPassesLatin1Charset() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let gzip = server.url("/gzip-page"), latin = server.url("/latin1")
        let outcomes = try await crawl([gzip, latin], options: fastOptions())
        let text = String(decoding: outcomes[gzip]?.page?.bytes ?? [], as: UTF8.self)
        #expect(text.contains("<h1>Gzipped</h1>"))
        #expect(outcomes[latin]?.page?.charsetHint == "ISO-8859-1")
    }

    @Test func nonHTMLIsSkipped() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let url = server.url("/pdf")
        let outcome = try #require(try await crawl([url], options: fastOptions())[url])
        #expect(outcome.status == .skipped && outcome.httpStatus == 200 && outcome.page == nil)
        #expect(outcome.error?.contains("application/pdf") == true)
    }

    @Test func slowServerHitsReadTimeoutAndRetriesAreBounded() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let url = server.url("/slow-head")
        // The server answers after 2 s: a failure that says "timed out" proves the 0.5 s read timeout fired
        // (a late answer would have succeeded). No wall-clock bound: the shared machine is noisy.
        let outcome = try #require(try await crawl([url], options: fastOptions { $0.retry.maxRetries = 1; $0.timeouts.read = 0.5 })[url])
        #expect(outcome.status == .failed && outcome.attempts == 2)
        #expect(outcome.error?.contains("timed out") == true)
    }

    @Test func tricklingBodyHitsTotalTimeout() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let url = server.url("/trickle")
        // The trickle never ends and never pauses long enough for the read timeout: only the total
        // deadline can end it, and its message says so.
        let outcome = try #require(
            try await crawl([url], options: fastOptions { $0.retry.maxRetries = 0; $0.timeouts.total = 1 })[url])
        #expect(outcome.status == .failed && outcome.attempts == 1)
        #expect(outcome.error?.contains("no complete response within") == true, "\(outcome.error ?? "")")
    }

    @Test(arguments: ["/reset", "/wrong-length"])
    func truncatedBodiesAreConnectionErrorsRetriedThenReported(path: String) async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let url = server.url(path)
        let outcome = try #require(try await crawl([url], options: fastOptions())[url])
        #expect(outcome.status == .failed && outcome.attempts == 3)
        #expect(server.requests(to: path).count == 3)
    }

    @Test func connectionResetsRecoverOnRetry() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let url = server.url("/flaky")
        let outcome = try #require(try await crawl([url], options: fastOptions())[url])
        #expect(outcome.status == .fetched && outcome.attempts == 3)
    }

    @Test(arguments: ["/retry-after/429", "/retry-after/503", "/retry-date"])
    func retryAfterIsHonoured(path: String) async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let url = server.url(path)
        let outcome = try #require(try await crawl([url], options: fastOptions())[url])
        #expect(outcome.status == .fetched && outcome.attempts == 2)
        let times = server.requests(to: path).map(\.time)
        try #require(times.count == 2)
        #expect(times[1] - times[0] >= .milliseconds(900), "waited for Retry-After, not just the 50 ms backoff")
    }

    @Test func retryAfterLongerThanTheCapIsNotWaitedFor() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let url = server.url("/retry-long")
        let outcome = try #require(try await crawl([url], options: fastOptions())[url])
        #expect(outcome.status == .failed && outcome.httpStatus == 503 && outcome.attempts == 1)
    }

    @Test func persistent503IsRetriedUpToTheBudgetAnd404IsNot() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let unavailable = server.url("/status/503"), missing = server.url("/status/404")
        let outcomes = try await crawl([unavailable, missing], options: fastOptions())
        #expect(outcomes[unavailable]?.status == .failed && outcomes[unavailable]?.attempts == 3)
        #expect(outcomes[unavailable]?.httpStatus == 503)
        #expect(outcomes[missing]?.status == .failed && outcomes[missing]?.attempts == 1)
        #expect(outcomes[missing]?.error == "HTTP 404")
    }

    @Test func redirectsAreFollowedBoundedAndLoopsDetected() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let chain = server.url("/chain/3"), long = server.url("/chain/12"), loop = server.url("/loop/a")
        let outcomes = try await crawl([chain, long, loop], options: fastOptions())
        #expect(outcomes[chain]?.status == .fetched)
        #expect(outcomes[chain]?.finalURL == server.url("/chain/0"))
        #expect(outcomes[chain]?.page?.url == server.url("/chain/0"))
        #expect(outcomes[long]?.status == .failed && outcomes[long]?.error?.contains("more than 10 redirects") == true)
        #expect(outcomes[loop]?.status == .failed && outcomes[loop]?.error?.contains("loop") == true)
        #expect(outcomes[loop]?.attempts == 1, "a loop is not retried")
    }

    @Test(arguments: ["/to-ftp", "/to-file"])
    func redirectsToOtherSchemesAreRefused(path: String) async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let url = server.url(path)
        let outcome = try #require(try await crawl([url], options: fastOptions())[url])
        #expect(outcome.status == .failed && outcome.error?.contains("only http and https") == true)
    }

    @Test(arguments: ["/big", "/endless", "/bomb"])
    func oversizedEndlessAndBombBodiesAreCut(path: String) async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let url = server.url(path)
        let outcome = try #require(try await crawl([url], options: fastOptions { $0.timeouts.total = 10 })[url])
        #expect(outcome.status == .failed && outcome.attempts == 1, "size limits are not retried")
        // The size cap, not the 10 s total deadline, ended it (no wall-clock bound: the machine is noisy).
        #expect(outcome.error?.contains("larger than") == true || outcome.error?.contains("exceeds") == true)
    }

    @Test func invalidURLsAreReportedOnce() async throws {
        let outcomes = try await crawl(["ftp://example.org/a", "not a url"], options: fastOptions())
        #expect(outcomes.values.allSatisfy { $0.status == .failed && $0.attempts == 0 })
    }
}
