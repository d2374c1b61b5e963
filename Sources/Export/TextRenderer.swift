public import WinnowCore

/// Renders an article as plain text.
///
/// Layout: the title, a blank line, then the body as ``Article/text`` (one block, list item or table
/// row per line, table cells separated by tabs). Without a title the file is the body alone. A non-empty
/// result ends with a newline, as POSIX text files do; an article with neither title nor body renders as "".
public enum TextRenderer {
    public static func render(_ article: Article) -> String {
        let body = article.text
        var parts: [String] = []
        if let title = article.metadata.title, !title.isEmpty { parts.append(title) }
        if !body.isEmpty { parts.append(body) }
        guard !parts.isEmpty else { return "" }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
