public import WinnowCore

/// One output line of `winnow clean --stdin-jsonl`: what became of one input line.
///
/// Keys, in this order: `line` (the input's 1-based line number), `url` (the input's `url`, or null),
/// `status` (`ok`, `empty` or `error`, as in the manifest), `error` (null unless `error`) and `article`
/// (the object of the `jsonl` format, or null on error). Every line has all five keys, so engines that
/// infer a schema (Spark) see one shape.
public struct PageResultRecord: Sendable {
    public var line: Int
    public var url: String?
    public var status: ManifestEntry.Status
    public var error: String?
    public var article: Article?
    /// The article's `source` (the page's origin).
    public var origin: String

    /// The record of a cleaned page: `ok`, or `empty` when it has no text.
    public init(line: Int, url: String?, article: Article, origin: String) {
        self.line = line
        self.url = url
        self.status = article.isEmpty ? .empty : .ok
        self.article = article
        self.origin = origin
    }

    /// The record of a line that yielded no article.
    public init(line: Int, url: String?, error: String) {
        self.line = line
        self.url = url
        self.status = .error
        self.error = error
        self.origin = url ?? ""
    }

    public var json: JSONValue {
        .object([
            JSONMember("line", .integer(line)),
            JSONMember("url", .optional(url)),
            JSONMember("status", .string(status.rawValue)),
            JSONMember("error", .optional(error)),
            JSONMember("article", article.map { JSONRenderer.object($0, origin: origin) } ?? .null),
        ])
    }
}
