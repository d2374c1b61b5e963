internal import DOM
internal import Foundation

/// Finds the article text in a Next.js page's `__NEXT_DATA__` JSON, for pages whose visible DOM is
/// an empty shell and that carry no JSON-LD `articleBody`.
///
/// Next.js props have no fixed schema, so this takes the longest string stored under a text-like
/// key (`body`, `content`, `text`, `articleBody`, ...) that reads as prose: at least 200 bytes and
/// spaces between words, not a URL. HTML inside it is reduced to text, a paragraph per line. The
/// JSON is searched breadth-first with a node budget, like `JSONLDArticleBody`.
enum NextDataArticleBody {
    static let nodeBudget = 50_000
    static let textKeys: Set<String> = [
        "articlebody", "body", "bodytext", "content", "contenthtml", "html", "text", "fulltext", "story",
    ]

    static func find(in tree: Tree) -> String? {
        var best: String? = nil
        for script in tree.elements(named: "script") where tree.attribute("id", of: script) == "__NEXT_DATA__" {
            guard let data = tree.textContent(of: script).data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            var queue: [Any] = [json]
            var head = 0
            while head < queue.count && head < nodeBudget {
                let value = queue[head]
                head += 1
                if let object = value as? [String: Any] {
                    for (key, child) in object {
                        if let string = child as? String {
                            if textKeys.contains(key.lowercased()), isProse(string),
                                string.utf8.count > (best?.utf8.count ?? 0)
                            {
                                best = string
                            }
                        } else {
                            queue.append(child)
                        }
                    }
                } else if let array = value as? [Any] {
                    queue.append(contentsOf: array)
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
