public import Foundation

/// One request and the response it got, as sent and received: what a WARC archive records.
public struct HTTPExchange: Sendable {
    /// The requested URL.
    public var url: String
    /// When the request was sent.
    public var date: Date
    /// The request line and headers, e.g. `GET /a HTTP/1.1\r\nHost: ...\r\n\r\n`.
    public var requestHead: [UInt8]
    /// HTTP version as `major.minor`, e.g. `1.1`.
    public var version: String
    public var status: Int
    public var reason: String
    /// Response headers in the order received (hop-by-hop `Transfer-Encoding` removed: the body is de-chunked).
    public var headers: [(name: String, value: String)]
    /// The body as received (still content-encoded, e.g. gzip), possibly cut short by a failure.
    public var body: [UInt8]
    /// True when the body is complete.
    public var complete: Bool

    /// The status line and headers, e.g. `HTTP/1.1 200 OK\r\n...\r\n\r\n`.
    public var responseHead: [UInt8] {
        var text = "HTTP/\(version) \(status) \(reason)\r\n"
        for header in headers { text += "\(header.name): \(header.value)\r\n" }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }
}

/// What a `Content-Type` header says.
public struct ContentType: Sendable, Equatable {
    /// The media type, lower-cased, without parameters (`text/html`).
    public var mediaType: String
    /// The `charset` parameter, if any, unquoted.
    public var charset: String?

    public init(_ header: String) {
        let parts = header.split(separator: ";")
        mediaType = (parts.first.map(String.init) ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        charset = nil
        for part in parts.dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if !value.isEmpty { charset = value }
        }
    }

    /// HTML or XHTML: the only types Clean reads.
    public var isHTML: Bool {
        mediaType == "text/html" || mediaType == "application/xhtml+xml"
    }
}
