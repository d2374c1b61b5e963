public import WinnowCore

extension OutputFormat {
    /// Renders `article` in this format: the full file contents for `txt`, `json` and `md`, and one
    /// record without its newline for `jsonl` (see ``ArticlesJSONLWriter``).
    /// - Parameters:
    ///   - article: the cleaned page.
    ///   - origin: the input's path or URL; only the JSON formats record it (as `source`).
    public func render(_ article: Article, origin: String) -> String {
        switch self {
        case .txt: TextRenderer.render(article)
        case .json: JSONRenderer.render(article, origin: origin)
        case .jsonl: JSONRenderer.renderLine(article, origin: origin)
        case .md: MarkdownRenderer.render(article)
        }
    }
}
