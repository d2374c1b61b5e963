/// Why one URL could not be fetched. The crawl records it and goes on.
public struct FetchError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; new kinds can be added without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Kind: String, Sendable {
            case invalidURL, unsupportedScheme, robotsDisallowed, connection, timeout, httpStatus
            case tooManyRedirects, redirectLoop, tooLarge, decompression, notHTML, invalidDocument
        }
        private let kind: Kind
        private init(_ kind: Kind) { self.kind = kind }

        /// The URL cannot be parsed or has no host.
        public static let invalidURL = Code(.invalidURL)
        /// Not http or https (also for a redirect to such a URL).
        public static let unsupportedScheme = Code(.unsupportedScheme)
        /// robots.txt forbids the URL (or robots.txt was unreachable: disallow all).
        public static let robotsDisallowed = Code(.robotsDisallowed)
        /// Connecting, sending or receiving failed (reset, refused, DNS, TLS, truncated body).
        public static let connection = Code(.connection)
        /// A connect, read or total timeout expired.
        public static let timeout = Code(.timeout)
        /// The server answered with a non-2xx status after retries.
        public static let httpStatus = Code(.httpStatus)
        /// More redirects than allowed.
        public static let tooManyRedirects = Code(.tooManyRedirects)
        /// A redirect led back to a URL already visited.
        public static let redirectLoop = Code(.redirectLoop)
        /// The body (or its decompressed form) is larger than allowed.
        public static let tooLarge = Code(.tooLarge)
        /// The body's `Content-Encoding` could not be decoded.
        public static let decompression = Code(.decompression)
        /// The response is not HTML/XHTML (recorded as `skipped`, not as an error).
        public static let notHTML = Code(.notHTML)
        /// A sitemap or feed could not be parsed (or declares entities).
        public static let invalidDocument = Code(.invalidDocument)

        public var description: String { kind.rawValue }
    }

    public var code: Code
    /// A readable sentence saying what went wrong.
    public var message: String
    /// The URL concerned.
    public var url: String
    /// The underlying error, if one caused this.
    public var cause: (any Error & Sendable)?

    public init(_ code: Code, _ message: String, url: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.url = url
        self.cause = cause
    }

    /// True for failures worth another attempt (connection errors, timeouts).
    var isTransient: Bool { code == .connection || code == .timeout }

    public var description: String { "\(url): \(message)" }
}
