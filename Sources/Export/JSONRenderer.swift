public import WinnowCore

/// Renders an article as one JSON object with a fixed key order.
///
/// Keys, always present and always in this order: `title, author, date, url, hostname, sitename,
/// description, language, categories, tags, image, source, text`. Unknown values are `null`;
/// `categories` and `tags` are arrays (empty when unknown); `source` is where the input came from
/// (file path or URL) and `text` is ``Article/text``. A fixed order keeps outputs diffable and lets
/// `.json` and `.jsonl` carry the very same object.
public enum JSONRenderer {
    /// The keys of the object, in the order they are written.
    public static let keys = [
        "title", "author", "date", "url", "hostname", "sitename", "description", "language", "categories",
        "tags", "image", "source", "text",
    ]

    /// The article as a ``JSONValue`` object.
    /// - Parameters:
    ///   - article: the cleaned page.
    ///   - origin: the input's path or URL, written as `source`.
    public static func object(_ article: Article, origin: String) -> JSONValue {
        let meta = article.metadata
        return .object([
            JSONMember("title", .optional(meta.title)),
            JSONMember("author", .optional(meta.author)),
            JSONMember("date", .optional(meta.date)),
            JSONMember("url", .optional(meta.url)),
            JSONMember("hostname", .optional(meta.hostname)),
            JSONMember("sitename", .optional(meta.sitename)),
            JSONMember("description", .optional(meta.description)),
            JSONMember("language", .optional(meta.language)),
            JSONMember("categories", .strings(meta.categories)),
            JSONMember("tags", .strings(meta.tags)),
            JSONMember("image", .optional(meta.image)),
            JSONMember("source", .string(origin)),
            JSONMember("text", .string(article.text)),
        ])
    }

    /// The contents of a `.json` file: the object pretty-printed with two-space indentation, ending in a newline.
    public static func render(_ article: Article, origin: String) -> String {
        object(article, origin: origin).serialized(.pretty) + "\n"
    }

    /// One JSON Lines record: the same object on a single line, without the trailing newline
    /// (the line writer adds it, so a record and its newline go out in one `write`).
    public static func renderLine(_ article: Article, origin: String) -> String {
        object(article, origin: origin).serialized(.compact)
    }
}
