internal import DOM
internal import Foundation

/// Finds the longest `articleBody` (or `text`) string in the page's JSON-LD scripts.
///
/// The fallback for script-rendered pages whose visible DOM holds no article. The JSON is searched
/// breadth-first with an explicit queue and a node budget, so huge or deeply nested JSON stays cheap.
enum JSONLDArticleBody {
    static let nodeBudget = 50_000

    static func find(in tree: Tree) -> String? {
        var best: String? = nil
        for script in tree.elements(named: "script") {
            guard tree.attribute("type", of: script)?.lowercased().contains("ld+json") == true else { continue }
            let text = tree.textContent(of: script)
            guard let data = text.data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            var queue: [Any] = [json]
            var head = 0
            while head < queue.count && head < nodeBudget {
                let value = queue[head]
                head += 1
                if let object = value as? [String: Any] {
                    for (key, child) in object {
                        if key == "articleBody", let body = child as? String, body.count > (best?.count ?? 0) {
                            best = body
                        } else {
                            queue.append(child)
                        }
                    }
                } else if let array = value as? [Any] {
                    queue.append(contentsOf: array)
                }
            }
        }
        return best
    }
}
