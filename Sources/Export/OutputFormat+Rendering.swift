public import WinnowCore

extension OutputFormat {
    /// Renders `article` in this format: the full file contents for `txt`, `json`, `md` and `xml`, one
    /// record without its newline for `jsonl` (see ``ArticlesJSONLWriter``), and a one-page CSV document
    /// (header and row) for `csv` (batches append rows with ``ArticlesCSVWriter``).
    /// - Parameters:
    ///   - article: the cleaned page.
    ///   - origin: the input's path or URL; the JSON, CSV and XML formats record it (as `source`).
    public func render(_ article: Article, origin: String) -> String {
        switch self {
        case .txt: TextRenderer.render(article)
        case .json: JSONRenderer.render(article, origin: origin)
        case .jsonl: JSONRenderer.renderLine(article, origin: origin)
        case .md: MarkdownRenderer.render(article)
        case .csv: CSVRenderer.render(article, origin: origin)
        case .xml: XMLRenderer.render(article, origin: origin)
        }
    }
}
