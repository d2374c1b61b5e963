internal import DOM
internal import Foundation

/// Finds the article text in a Next.js page's `__NEXT_DATA__` JSON, for pages whose visible DOM is
/// an empty shell and that carry no JSON-LD `articleBody`.
///
/// Next.js props have no fixed schema, so this takes the longest string stored under a text-like
/// key (`body`, `content`, `text`, `articleBody`, ...) that reads as prose: at least 200 bytes and
/// spaces between words, not a URL. HTML inside it is reduced to text, a paragraph per line. The
/// JSON is walked by `ScriptJSON`, like `JSONLDArticleBody`'s.
enum NextDataArticleBody {
    static let textKeys: Set<String> = [
        "articlebody", "body", "bodytext", "content", "contenthtml", "html", "text", "fulltext", "story",
    ]

    static func find(in tree: Tree) -> String? {
        var best: String? = nil
        for json in ScriptJSON.documents(in: tree, where: { tree.attribute(.id, of: $0) == "__NEXT_DATA__" }) {
            ScriptJSON.forEachString(in: json) { key, value in
                if textKeys.contains(key.lowercased()), isProse(value), value.utf8.count > (best?.utf8.count ?? 0) {
                    best = value
                }
            }
        }
        return best.map(plainText)
    }

    static func isProse(_ string: String) -> Bool {
        guard string.utf8.count >= 200, !string.hasPrefix("http") else { return false }
        return string.utf8.lazy.filter { $0 == 0x20 }.count >= 20
    }

    /// Tags become line breaks (so block elements end paragraphs); common entities are decoded.
    static func plainText(_ string: String) -> String {
        guard string.contains("<") else { return string }
        var result = ""
        var inTag = false
        for character in string {
            if character == "<" {
                inTag = true
                result.append("\n")
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag {
                result.append(character)
            }
        }
        return result.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
