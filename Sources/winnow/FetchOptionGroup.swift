import ArgumentParser
import Fetch
import Foundation

/// Inputs and download options shared by `winnow fetch` and `winnow run`, mapped to ``FetchOptions`` in
/// one place (``fetchOptions``).
struct FetchOptionGroup: ParsableArguments {
    @Argument(help: "Page URLs, or - to read URLs (one per line) from standard input.")
    var urls: [String] = []

    @Option(name: [.customShort("i"), .customLong("input")], help: "A file of URLs, one per line (# comments, blank lines ignored). Repeatable.")
    var inputFiles: [String] = []

    @Option(help: "A sitemap or sitemap index URL (gzip and news sitemaps too). Repeatable.")
    var sitemap: [String] = []

    @Option(help: "An RSS 2.0 or Atom feed URL. Repeatable.")
    var feed: [String] = []

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String

    @Flag(help: "Skip URLs finished in an earlier run (ok, empty, skipped in OUT/manifest.jsonl); retry failed ones.")
    var resume = false

    @Option(help: "Requests in flight over all hosts.")
    var concurrency: Int = FetchOptions.Concurrency().global

    @Option(help: "Requests in flight to one host.")
    var perHost: Int = FetchOptions.Concurrency().perHost

    @Option(help: "Seconds between requests to one host (robots.txt Crawl-delay wins when larger).")
    var delay: Double = FetchOptions.Politeness().delay

    @Flag(help: "Do not read or obey robots.txt.")
    var ignoreRobots = false

    @Option(help: "The User-Agent header (robots.txt groups match its first word).")
    var userAgent: String = "Winnow/\(WinnowVersion.current) (+https://github.com/winnow/winnow)"

    @Option(help: "Retries after a connection error, timeout, 408, 429, 500, 502, 503 or 504.")
    var retries: Int = FetchOptions.Retry().maxRetries

    @Option(help: "Longest wait before one retry, in seconds (a longer Retry-After means no retry).")
    var maxRetryWait: Double = FetchOptions.Retry().maxDelay

    @Option(help: "Connect timeout, in seconds.")
    var connectTimeout: Double = FetchOptions.Timeouts().connect

    @Option(help: "Read timeout (silence between bytes), in seconds.")
    var readTimeout: Double = FetchOptions.Timeouts().read

    @Option(help: "Total time for one request, body included, in seconds.")
    var timeout: Double = FetchOptions.Timeouts().total

    @Option(help: "Largest response body, in bytes (as received).")
    var maxBodyBytes: Int = FetchOptions.Limits().maxBodyBytes

    @Option(help: "Redirects followed per URL.")
    var maxRedirects: Int = FetchOptions.Limits().maxRedirects

    @Flag(name: .shortAndLong, help: "No summary on stderr.")
    var quiet = false

    var fetchOptions: FetchOptions {
        FetchOptions(
            concurrency: .init(global: concurrency, perHost: perHost),
            politeness: .init(delay: delay, obeyRobots: !ignoreRobots, userAgent: userAgent),
            retry: .init(maxRetries: retries, maxDelay: maxRetryWait),
            timeouts: .init(connect: connectTimeout, read: readTimeout, total: timeout),
            limits: .init(maxBodyBytes: maxBodyBytes, maxRedirects: maxRedirects))
    }

    func validate() throws {
        if urls.isEmpty && inputFiles.isEmpty && sitemap.isEmpty && feed.isEmpty {
            throw ValidationError("give URLs, -i FILE, --sitemap URL or --feed URL")
        }
        if let problem = fetchOptions.problems.first { throw ValidationError(problem) }
        if maxRedirects < 0 { throw ValidationError("--max-redirects must not be negative") }
    }

    /// The URLs to fetch: arguments, `-` (stdin), `-i` files, then sitemaps and feeds; repeats removed.
    /// Problems reading a list, sitemap or feed are returned as messages.
    func gatherURLs(with crawler: Crawler) async -> (urls: [String], problems: [String]) {
        var found: [String] = []
        var problems: [String] = []
        for argument in urls {
            if argument == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                found += URLList.parse(String(decoding: data, as: UTF8.self))
            } else {
                found.append(argument)
            }
        }
        for file in inputFiles {
            do {
                found += URLList.parse(try String(contentsOfFile: file, encoding: .utf8))
            } catch {
                problems.append("\(file): cannot read URL list: \(error.localizedDescription)")
            }
        }
        if !sitemap.isEmpty || !feed.isEmpty {
            let discovery = await crawler.discover(sitemaps: sitemap, feeds: feed)
            found += discovery.urls
            problems += discovery.errors.map(\.description)
        }
        return (URLList.unique(found), problems)
    }
}
