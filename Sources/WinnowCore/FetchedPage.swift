/// Raw bytes of one page and what is known about where they came from.
public struct FetchedPage: Sendable {
    /// The page's bytes exactly as read or received.
    public var bytes: [UInt8]
    /// The page's URL, when known (`--url`, or the fetched URL); used to resolve relative links.
    public var url: String?
    /// Charset named by the transport (HTTP `Content-Type`), if any. It outranks `<meta charset>`.
    public var charsetHint: String?
    /// Where the page came from: a file path, `-` for stdin, or a URL.
    public var origin: String

    public init(bytes: [UInt8], url: String? = nil, charsetHint: String? = nil, origin: String) {
        self.bytes = bytes
        self.url = url
        self.charsetHint = charsetHint
        self.origin = origin
    }
}
