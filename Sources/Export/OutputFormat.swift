/// A file format Winnow can write for each article.
///
/// The raw value is the name users type (`--format txt,json`).
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Plain text: the title, a blank line, then one block per line.
    case txt
    /// One pretty-printed JSON object per page (metadata and text).
    case json
    /// The same object as `json`, one line per page, all pages in one `articles.jsonl` file.
    case jsonl
    /// Markdown with headings, lists, quotes, pipe tables and fenced code.
    case md
    /// One CSV row per page (metadata columns, then the text), all pages in one `articles.csv` file.
    case csv
    /// One small XML document per page (metadata elements, then the text as typed blocks).
    case xml

    /// The file name extension, without the dot.
    public var fileExtension: String { rawValue }

    /// True for formats written as one file per page; `jsonl` and `csv` collect all pages in one file instead.
    public var isOneFilePerPage: Bool { self != .jsonl && self != .csv }

    /// Parses a comma-separated list such as `"txt,json"`.
    ///
    /// Names are matched case-insensitively and surrounding spaces are ignored; repeated names count
    /// once, and the order of first appearance is kept (it is the order outputs are listed in the manifest).
    /// - Throws: ``ExportError`` with code `.unknownFormat` naming the bad entry and the valid names, or
    ///   when the list is empty.
    public static func parseList(_ list: String) throws -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingASCIIWhitespace().lowercased()
            guard let format = OutputFormat(rawValue: name) else {
                let shown = name.isEmpty ? "an empty name" : "'\(name)'"
                throw ExportError(
                    .unknownFormat,
                    "unknown output format \(shown) in '\(list)'; known formats: \(knownNames)")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    /// The valid names, for error and help messages.
    public static var knownNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs (Foundation-free on purpose: this is all we need).
    fileprivate func trimmingASCIIWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
