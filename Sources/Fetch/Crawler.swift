internal import Foundation
public import WinnowCore

/// Downloads many URLs politely and concurrently, reporting one ``FetchOutcome`` per URL.
///
/// `globalConcurrency` workers take URLs from a ``HostScheduler`` (fair across hosts, per-host limits
/// and delays), check robots.txt, fetch with ``HTTPFetcher`` and hand each outcome to the caller's
/// handler while still holding their worker slot, so the caller's processing (cleaning, writing) is
/// backpressure: at most `globalConcurrency` pages are in memory at once. Every response, redirects
/// and errors included, is written to the WARC archive when one is given.
public final class Crawler: Sendable {
    public let options: FetchOptions
    private let fetcher: HTTPFetcher
    private let robots: RobotsCache
    private let archive: WARCWriter?
    private let policy: RetryPolicy

    private init(options: FetchOptions, archive: WARCWriter?) {
        self.options = options
        self.archive = archive
        fetcher = HTTPFetcher(options: options)
        robots = RobotsCache(fetcher: fetcher, options: options)
        policy = RetryPolicy(options: options.retry)
    }

    /// Runs `body` with a crawler and closes its connections afterwards.
    /// - Parameters:
    ///   - options: limits, politeness and timeouts.
    ///   - archive: where to write every exchange as WARC, if anywhere.
    public static func with<Result: Sendable>(
        options: FetchOptions = FetchOptions(), archive: WARCWriter? = nil,
        _ body: (Crawler) async throws -> Result
    ) async rethrows -> Result {
        let crawler = Crawler(options: options, archive: archive)
        do {
            let result = try await body(crawler)
            await crawler.fetcher.shutdown()
            return result
        } catch {
            await crawler.fetcher.shutdown()
            throw error
        }
    }

    /// Fetches every URL once and calls `handle` exactly once per URL, in completion order, from
    /// several tasks at once. Repeated URLs must have been removed by the caller (``URLList/unique(_:)``).
    public func run(_ urls: [String], handle: @escaping @Sendable (FetchOutcome) async -> Void) async {
        var jobs: [HostScheduler.Job] = []
        for (index, url) in urls.enumerated() {
            guard let origin = URLList.origin(of: url) else {
                let scheme = URL(string: url)?.scheme.map { "'\($0)' is not http or https" } ?? "not an absolute http(s) URL"
                await handle(FetchOutcome(url: url, status: .failed, error: "invalid URL: \(scheme)"))
                continue
            }
            jobs.append(HostScheduler.Job(index: index, url: url, host: origin))
        }
        guard !jobs.isEmpty else { return }
        let scheduler = HostScheduler(
            jobs: jobs, perHost: options.concurrency.perHost, delay: options.politeness.delay,
            gated: options.politeness.obeyRobots)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<min(options.concurrency.global, jobs.count) {
                group.addTask {
                    while let ticket = await scheduler.next() {
                        await self.attempt(ticket, scheduler: scheduler, handle: handle)
                    }
                }
            }
        }
    }

    /// One attempt at one URL: done for good (`handle` called) or put back for a retry.
    private func attempt(
        _ ticket: HostScheduler.Ticket, scheduler: HostScheduler, handle: @Sendable (FetchOutcome) async -> Void
    ) async {
        var ticket = ticket
        let url = ticket.job.url
        if options.politeness.obeyRobots {
            let rules = await robots.rules(for: ticket.job.host)
            await scheduler.open(ticket.job.host, crawlDelay: rules.crawlDelay.map { min($0, options.politeness.maxCrawlDelay) })
            if let parsed = URL(string: url), !rules.allows(URLList.pathAndQuery(parsed)) {
                await scheduler.finish(ticket, requested: false)
                await handle(
                    FetchOutcome(url: url, status: .skipped, attempts: ticket.job.attempts, error: "disallowed by robots.txt"))
                return
            }
        }
        ticket.job.attempts += 1
        let attempts = ticket.job.attempts
        await scheduler.sending(ticket)
        do {
            let response = try await fetcher.get(url, allowed: robotsCheck)
            let (files, archiveError) = record(response.exchanges)
            if RetryPolicy.retryableStatuses.contains(response.status),
                let wait = policy.delay(
                    beforeRetry: attempts, retryAfter: RetryPolicy.retryAfterSeconds(response.header("Retry-After")))
            {
                await scheduler.retry(ticket, after: wait)
                return
            }
            await scheduler.finish(ticket)
            var result = outcome(for: response, url: url, attempts: attempts, archiveError: archiveError)
            result.archiveFiles = files
            await handle(result)
        } catch {
            let (files, archiveError) = record(error.exchanges)
            if error.error.isTransient, let wait = policy.delay(beforeRetry: attempts, retryAfter: nil) {
                await scheduler.retry(ticket, after: wait)
                return
            }
            await scheduler.finish(ticket)
            let last = error.exchanges.last
            let skipped = error.error.code == .robotsDisallowed
            var message = error.error.message
            if let archiveError { message += "; \(archiveError)" }
            var result = FetchOutcome(
                url: url, finalURL: last?.url, status: skipped ? .skipped : .failed, httpStatus: last?.status,
                attempts: attempts, error: message)
            result.archiveFiles = files
            await handle(result)
        }
    }

    private var robotsCheck: @Sendable (URL) async -> Bool {
        guard options.politeness.obeyRobots else { return { _ in true } }
        let robots = robots
        return { url in
            guard let origin = URLList.origin(of: url.absoluteString) else { return true }
            return await robots.rules(for: origin).allows(URLList.pathAndQuery(url))
        }
    }

    private func outcome(for response: HTTPFetcher.Response, url: String, attempts: Int, archiveError: String?)
        -> FetchOutcome
    {
        var result = FetchOutcome(
            url: url, finalURL: response.finalURL, status: .failed, httpStatus: response.status, attempts: attempts)
        guard (200...299).contains(response.status) else {
            result.error = "HTTP \(response.status)" + (archiveError.map { "; \($0)" } ?? "")
            return result
        }
        let type = response.header("Content-Type").map(ContentType.init)
        if let type, !type.isHTML {
            result.status = .skipped
            result.error = "not HTML: \(type.mediaType.isEmpty ? "empty Content-Type" : type.mediaType)"
            return result
        }
        if let archiveError {
            result.error = archiveError
            return result
        }
        result.status = .fetched
        result.page = FetchedPage(
            bytes: response.body, url: response.finalURL, charsetHint: type?.charset, origin: url)
        return result
    }

    /// Archives exchanges; returns a message when the archive could not be written (the page then fails:
    /// `fetch` promises an archive of everything it reports as done).
    private func record(_ exchanges: [HTTPExchange]) -> (files: [String], error: String?) {
        guard let archive else { return ([], nil) }
        var files: [String] = []
        do {
            for exchange in exchanges {
                let file = try archive.write(exchange)
                if !files.contains(file) { files.append(file) }
            }
            return (files, nil)
        } catch {
            return (files, "WARC write failed: \(error)")
        }
    }

    // MARK: Sitemaps and feeds

    /// What sitemaps and feeds listed.
    public struct Discovery: Sendable {
        /// Page URLs, in document order, without repeats.
        public var urls: [String] = []
        /// Sitemaps or feeds that could not be read.
        public var errors: [FetchError] = []
    }

    /// Reads sitemaps (indexes followed up to `maxSitemapDepth`, gzip, news sitemaps) and RSS/Atom feeds.
    public func discover(sitemaps: [String], feeds: [String]) async -> Discovery {
        var discovery = Discovery()
        var seen = Set<String>()
        var documents: [(url: String, depth: Int)] = (sitemaps + feeds).map { ($0, 0) }
        var visited = Set<String>()
        while !documents.isEmpty {
            let (url, depth) = documents.removeFirst()
            guard visited.insert(url).inserted else { continue }
            do {
                let body = try await fetchDocument(url)
                let listing = try FeedParser.parse(body, url: url)
                for sitemap in listing.sitemaps {
                    if depth + 1 > options.limits.maxSitemapDepth {
                        discovery.errors.append(
                            FetchError(.invalidDocument, "sitemap index nested deeper than \(options.limits.maxSitemapDepth)", url: sitemap))
                    } else {
                        documents.append((sitemap, depth + 1))
                    }
                }
                for page in listing.pages where seen.insert(page).inserted {
                    guard discovery.urls.count < options.limits.maxDiscoveredURLs else { break }
                    discovery.urls.append(page)
                }
            } catch {
                discovery.errors.append(error)
            }
        }
        return discovery
    }

    /// GETs a sitemap or feed with retries and returns its bytes, gunzipped when gzipped.
    private func fetchDocument(_ url: String) async throws(FetchError) -> [UInt8] {
        var attempts = 0
        while true {
            attempts += 1
            do {
                let response = try await fetcher.get(url, allowed: robotsCheck)
                for exchange in response.exchanges { _ = record([exchange]) }
                if RetryPolicy.retryableStatuses.contains(response.status),
                    let wait = policy.delay(
                        beforeRetry: attempts, retryAfter: RetryPolicy.retryAfterSeconds(response.header("Retry-After")))
                {
                    try? await Task.sleep(for: .milliseconds(Int64(wait * 1000)))
                    continue
                }
                guard (200...299).contains(response.status) else {
                    throw FetchError(.httpStatus, "HTTP \(response.status)", url: url)
                }
                guard Gzip.isGzip(response.body) else { return response.body }
                do {
                    return try Gzip.decompress(response.body, format: .gzip, limit: options.limits.maxDecodedBytes)
                } catch {
                    throw FetchError(.decompression, "gzipped sitemap: \(error)", url: url, cause: error)
                }
            } catch let failure as HTTPFetcher.Failure {
                _ = record(failure.exchanges)
                if failure.error.isTransient, let wait = policy.delay(beforeRetry: attempts, retryAfter: nil) {
                    try? await Task.sleep(for: .milliseconds(Int64(wait * 1000)))
                    continue
                }
                throw failure.error
            } catch let error as FetchError {
                throw error
            } catch {
                throw FetchError(.connection, "\(error)", url: url)
            }
        }
    }
}
