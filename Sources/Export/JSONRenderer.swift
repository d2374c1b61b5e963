public import WinnowCore

/// Renders an article as one JSON object with a fixed key order.
///
/// Keys, always present and always in this order: `title, author, date, url, hostname, sitename,
/// description, language, categories, tags, image, source, text, authors, date_modified, license,
/// page_type, fingerprint, id`, then `sources` only when asked for (`--explain`). Unknown values are `null`;
/// `categories`, `tags` and `authors` are arrays (empty when unknown); `source` is where the input came from
/// (file path or URL) and `text` is ``Article/text``; `sources` is an object mapping field names (the JSON
/// keys) to where each value came from, keys sorted. A fixed order keeps outputs diffable and lets `.json`
/// and `.jsonl` carry the very same object.
public enum JSONRenderer {
    /// The keys of the object, in the order they are written (without the optional `sources`).
    public static let keys = [
        "title", "author", "date", "url", "hostname", "sitename", "description", "language", "categories",
        "tags", "image", "source", "text", "authors", "date_modified", "license", "page_type", "fingerprint",
        "id",
    ]

    /// The article as a ``JSONValue`` object.
    /// - Parameters:
    ///   - article: the cleaned page.
    ///   - origin: the input's path or URL, written as `source`.
    ///   - includeSources: add the `sources` object last (default false). Articles cleaned with
    ///     `--explain` (those carrying a report) always include it.
    public static func object(_ article: Article, origin: String, includeSources: Bool = false) -> JSONValue {
        let meta = article.metadata
        var members = [
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
            JSONMember("authors", .strings(meta.authors)),
            JSONMember("date_modified", .optional(meta.dateModified)),
            JSONMember("license", .optional(meta.license)),
            JSONMember("page_type", .optional(meta.pageType)),
            JSONMember("fingerprint", .optional(meta.fingerprint)),
            JSONMember("id", .optional(meta.id)),
        ]
        // Only with `--comments`: the page's comment thread, one comment paragraph per line.
        if let comments = article.comments {
            members.append(JSONMember("comments", .string(comments)))
        }
        if includeSources || article.report != nil {
            let sorted = meta.sources.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            members.append(JSONMember("sources", .object(sorted.map { JSONMember($0.key, .string($0.value)) })))
        }
        return .object(members)
    }

    /// The contents of a `.json` file: the object pretty-printed with two-space indentation, ending in a newline.
    public static func render(_ article: Article, origin: String, includeSources: Bool = false) -> String {
        object(article, origin: origin, includeSources: includeSources).serialized(.pretty) + "\n"
    }

    /// One JSON Lines record: the same object on a single line, without the trailing newline
    /// (the line writer adds it, so a record and its newline go out in one `write`).
    public static func renderLine(_ article: Article, origin: String, includeSources: Bool = false) -> String {
        object(article, origin: origin, includeSources: includeSources).serialized(.compact)
    }
}
