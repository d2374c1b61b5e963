/// How `winnow fetch` and `winnow run` download pages. Every body, wait and retry has a cap.
public struct FetchOptions: Sendable {
    /// How many requests run at once.
    public struct Concurrency: Sendable {
        /// Requests in flight over all hosts. Default 32.
        public var global: Int
        /// Requests in flight to one host. Default 2.
        public var perHost: Int

        public init(global: Int = 32, perHost: Int = 2) {
            self.global = global
            self.perHost = perHost
        }
    }

    /// Being a good guest on other people's servers.
    public struct Politeness: Sendable {
        /// Least time between two requests to the same host, in seconds; robots.txt `Crawl-delay` wins
        /// when larger. Default 1.
        public var delay: Double
        /// Obey robots.txt (RFC 9309). Default true; `--ignore-robots` turns it off.
        public var obeyRobots: Bool
        /// The largest robots.txt `Crawl-delay` honoured, in seconds (a larger one is capped). Default 30.
        public var maxCrawlDelay: Double
        /// The `User-Agent` header; robots.txt groups are matched against its first product token.
        public var userAgent: String

        public init(
            delay: Double = 1, obeyRobots: Bool = true, maxCrawlDelay: Double = 30,
            userAgent: String = FetchOptions.defaultUserAgent
        ) {
            self.delay = delay
            self.obeyRobots = obeyRobots
            self.maxCrawlDelay = maxCrawlDelay
            self.userAgent = userAgent
        }
    }

    /// Retrying transient failures.
    public struct Retry: Sendable {
        /// Retries after the first attempt (connection errors, timeouts, 408, 429, 500, 502, 503, 504).
        /// Default 3.
        public var maxRetries: Int
        /// First backoff in seconds, doubled per retry, with ±50% jitter. Default 1.
        public var baseDelay: Double
        /// Longest wait before one retry, in seconds, `Retry-After` included; a server asking for longer
        /// gets no retry. Default 60.
        public var maxDelay: Double

        public init(maxRetries: Int = 3, baseDelay: Double = 1, maxDelay: Double = 60) {
            self.maxRetries = maxRetries
            self.baseDelay = baseDelay
            self.maxDelay = maxDelay
        }
    }

    /// Timeouts, in seconds.
    public struct Timeouts: Sendable {
        /// Establishing a connection. Default 10.
        public var connect: Double
        /// Silence while waiting for the next bytes (AsyncHTTPClient has no read timeout by default,
        /// and a slow server must not hang the run). Default 30.
        public var read: Double
        /// One whole request, body included. Default 120.
        public var total: Double

        public init(connect: Double = 10, read: Double = 30, total: Double = 120) {
            self.connect = connect
            self.read = read
            self.total = total
        }
    }

    /// Size and redirect limits.
    public struct Limits: Sendable {
        /// Largest body accepted, as received, enforced while streaming. Default 20 MB.
        public var maxBodyBytes: Int
        /// Largest body after `Content-Encoding` decoding (against gzip bombs). Default 50 MB.
        public var maxDecodedBytes: Int
        /// Redirects followed per URL. Default 10.
        public var maxRedirects: Int
        /// Largest robots.txt read; the rest is ignored (RFC 9309 asks for at least 500 KiB). Default 512 KiB.
        public var maxRobotsBytes: Int
        /// Most page URLs taken from sitemaps and feeds together. Default 1,000,000.
        public var maxDiscoveredURLs: Int
        /// Deepest sitemap-index nesting followed. Default 3.
        public var maxSitemapDepth: Int

        public init(
            maxBodyBytes: Int = 20_000_000, maxDecodedBytes: Int = 50_000_000, maxRedirects: Int = 10,
            maxRobotsBytes: Int = 512 * 1024, maxDiscoveredURLs: Int = 1_000_000, maxSitemapDepth: Int = 3
        ) {
            self.maxBodyBytes = maxBodyBytes
            self.maxDecodedBytes = maxDecodedBytes
            self.maxRedirects = maxRedirects
            self.maxRobotsBytes = maxRobotsBytes
            self.maxDiscoveredURLs = maxDiscoveredURLs
            self.maxSitemapDepth = maxSitemapDepth
        }
    }

    public var concurrency: Concurrency
    public var politeness: Politeness
    public var retry: Retry
    public var timeouts: Timeouts
    public var limits: Limits

    public init(
        concurrency: Concurrency = Concurrency(), politeness: Politeness = Politeness(), retry: Retry = Retry(),
        timeouts: Timeouts = Timeouts(), limits: Limits = Limits()
    ) {
        self.concurrency = concurrency
        self.politeness = politeness
        self.retry = retry
        self.timeouts = timeouts
        self.limits = limits
    }

    /// Winnow's version, named in the default user agent.
    public static let version = "0.1.0"
    /// `Winnow/VERSION (+https://github.com/winnow/winnow)`.
    public static let defaultUserAgent = "Winnow/\(version) (+https://github.com/winnow/winnow)"

    /// Problems that make the options unusable, as readable sentences (empty when valid).
    public var problems: [String] {
        var found: [String] = []
        if concurrency.global < 1 { found.append("global concurrency must be at least 1") }
        if concurrency.perHost < 1 { found.append("per-host concurrency must be at least 1") }
        if politeness.delay < 0 { found.append("delay must not be negative") }
        if retry.maxRetries < 0 { found.append("retries must not be negative") }
        if timeouts.connect <= 0 || timeouts.read <= 0 || timeouts.total <= 0 { found.append("timeouts must be positive") }
        if limits.maxBodyBytes < 1 { found.append("the body size limit must be positive") }
        if politeness.userAgent.isEmpty || politeness.userAgent.contains(where: { $0.isNewline }) {
            found.append("the user agent must be one non-empty line")
        }
        return found
    }
}
