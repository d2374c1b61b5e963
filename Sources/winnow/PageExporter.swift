import Clean
import Export
import Foundation
import WinnowCore

/// Writes one cleaned page in every requested format: a file per page-level format
/// (`OUT/<stem>.<ext>`), the explain files when the page was cleaned with `--explain`, and a line in
/// the shared `articles.jsonl` for `jsonl`. Shared by `winnow clean`'s batch and `winnow run`.
struct PageExporter: Sendable {
    let folder: OutputFolder
    let formats: [OutputFormat]
    /// The shared `articles.jsonl`, when `jsonl` is among the formats.
    let articles: ArticlesJSONLWriter?
    /// Also write `OUT/<stem>.explain.html` (`--explain-html`).
    var explainHTML = false
    /// How files are written; `winnow clean`'s batch defers the `fsync` calls to its group syncs.
    var writer = AtomicFileWriter()

    /// Writes the page-level files for `article` under `stem`, appending each path written (relative to
    /// the output folder) to `written`.
    /// - Throws: ``ExportError`` from the first write that fails (`written` holds what was written before).
    func writeFiles(_ article: Article, stem: String, origin: String, written: inout [String]) throws {
        for format in formats where format.isOneFilePerPage {
            let relative = stem + "." + format.fileExtension
            try folder.write(format.render(article, origin: origin), to: relative, using: writer)
            written.append(relative)
        }
        if let explanation = ExplainRenderer.render(article, origin: origin) {
            let relative = stem + ExplainRenderer.fileSuffix
            try folder.write(explanation, to: relative, using: writer)
            written.append(relative)
        }
        if explainHTML {
            let relative = stem + ExplainViewRenderer.fileSuffix
            try folder.write(ExplainViewRenderer.render(article, origin: origin), to: relative, using: writer)
            written.append(relative)
        }
    }
}
