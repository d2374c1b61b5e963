public import WinnowCore

/// Renders articles as CSV rows (RFC 4180): one row per page, the metadata columns, then `text`.
///
/// Columns, in this order (``columns``): `title, author, date, url, hostname, sitename, description,
/// language, categories, tags, image, date_modified, license, page_type, fingerprint, id, source, text`.
/// Lists (`categories`, `tags`) are joined with "; ", unknown values are empty cells, `text` is
/// ``Article/text`` with its newlines kept inside the quoted cell.
///
/// Quoting follows RFC 4180: a cell holding `"`, `,`, CR or LF is wrapped in double quotes with inner
/// quotes doubled; rows end in CRLF. Against formula injection in spreadsheets, a cell starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe (`'=SUM(A1)`), as OWASP
/// recommends; readers that load the file as data see the apostrophe. Control characters other than tab,
/// CR and LF are removed (spreadsheets and many readers reject them).
public enum CSVRenderer {
    /// The header row's column names, in order.
    public static let columns = [
        "title", "author", "date", "url", "hostname", "sitename", "description", "language", "categories",
        "tags", "image", "date_modified", "license", "page_type", "fingerprint", "id", "source", "text",
    ]

    /// The header row, ending in CRLF.
    public static var header: String { row(columns) }

    /// One page's row, ending in CRLF.
    /// - Parameters:
    ///   - article: the cleaned page.
    ///   - origin: the input's path or URL, written as `source`.
    public static func renderRow(_ article: Article, origin: String) -> String {
        let meta = article.metadata
        let cells: [String?] = [
            meta.title, meta.author, meta.date, meta.url, meta.hostname, meta.sitename, meta.description,
            meta.language, meta.categories.joined(separator: "; "), meta.tags.joined(separator: "; "), meta.image,
            meta.dateModified, meta.license, meta.pageType, meta.fingerprint, meta.id, origin, article.text,
        ]
        return row(cells.map { $0 ?? "" })
    }

    /// A complete CSV document for one page: the header, then its row (what `-f csv` prints to stdout).
    public static func render(_ article: Article, origin: String) -> String {
        header + renderRow(article, origin: origin)
    }

    /// Cells joined by commas, each neutralised and quoted when needed, ending in CRLF.
    static func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// One cell: control characters removed, formula starters neutralised, quoted when needed.
    static func cell(_ raw: String) -> String {
        var text = String(
            String.UnicodeScalarView(
                raw.unicodeScalars.filter { scalar in
                    let value = scalar.value
                    return !(value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) && value != 0x7F
                }))
        if let first = text.unicodeScalars.first, formulaStarters.contains(first) { text = "'" + text }
        let needsQuotes = text.utf8.contains {
            $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") || $0 == 0x0A || $0 == 0x0D
        }
        guard needsQuotes else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    /// First characters that make spreadsheets evaluate a cell.
    static let formulaStarters: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}

extension String {
    /// The string with every `target` scalar replaced by `replacement` (Foundation-free). Scalars, not
    /// Characters: a quote followed by a combining mark is one Character that is not equal to `"`, and
    /// would slip through unescaped.
    fileprivate func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == target { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }
}
