public import WinnowCore

/// Renders an article's extraction report as the `.explain.json` file written with `--explain`.
///
/// Keys: `source`, `strategy`, `containers`, `encoding`, `encoding_source`, `metadata_sources` (field →
/// where its value came from: json-ld, opengraph, meta, ...), `removed` (objects with `excerpt`, `path`,
/// `category`, `rule`, in document order).
public enum ExplainRenderer {
    /// The file name suffix, after the output stem: `OUT/a/b.explain.json`.
    public static let fileSuffix = ".explain.json"

    /// The report as JSON, or nil when the article carries no report.
    public static func render(_ article: Article, origin: String) -> String? {
        guard let report = article.report else { return nil }
        let removed = report.removals.map { removal in
            JSONValue.object([
                JSONMember("excerpt", .string(removal.excerpt)),
                JSONMember("path", .string(removal.path)),
                JSONMember("category", .string(removal.category)),
                JSONMember("rule", .string(removal.rule)),
            ])
        }
        let object = JSONValue.object([
            JSONMember("source", .string(origin)),
            JSONMember("strategy", .string(report.strategy)),
            JSONMember("containers", .strings(report.containers)),
            JSONMember("encoding", .string(report.encoding)),
            JSONMember("encoding_source", .string(report.encodingSource)),
            JSONMember(
                "metadata_sources",
                .object(article.metadata.sources.sorted { $0.key < $1.key }.map { JSONMember($0.key, .string($0.value)) })),
            JSONMember("removed", .array(removed)),
        ])
        return object.serialized(.pretty) + "\n"
    }
}
