public import WinnowCore

/// What happened to one URL: exactly one outcome per input URL.
public struct FetchOutcome: Sendable {
    public enum Status: String, Sendable {
        /// An HTML/XHTML page was downloaded: `page` holds it.
        case fetched
        /// Not a page to clean: another content type, or robots.txt forbids it. `error` says which.
        case skipped
        /// The download failed after retries: `error` says why.
        case failed
    }

    /// The URL as given.
    public var url: String
    /// The URL of the last response, after redirects (nil when nothing answered).
    public var finalURL: String?
    public var status: Status
    /// The last response's status code (nil when nothing answered).
    public var httpStatus: Int?
    /// Requests made for this URL (retries included; robots.txt and redirects not counted).
    public var attempts: Int
    /// Why the URL was skipped or failed.
    public var error: String?
    /// The page, for `fetched`: bytes decoded from `Content-Encoding`, final URL, `Content-Type` charset.
    public var page: FetchedPage?
    /// WARC files (names inside the archive folder) that received this URL's records.
    public var archiveFiles: [String] = []

    public init(
        url: String, finalURL: String? = nil, status: Status, httpStatus: Int? = nil, attempts: Int = 0,
        error: String? = nil, page: FetchedPage? = nil
    ) {
        self.url = url
        self.finalURL = finalURL
        self.status = status
        self.httpStatus = httpStatus
        self.attempts = attempts
        self.error = error
        self.page = page
    }
}
