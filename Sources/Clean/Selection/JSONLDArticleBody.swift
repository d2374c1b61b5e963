internal import DOM

/// Finds the longest `articleBody` string in the page's JSON-LD scripts.
///
/// The fallback for script-rendered pages whose visible DOM holds no article. `ScriptJSON` walks the
/// JSON breadth-first with a node budget, so huge or deeply nested JSON stays cheap.
enum JSONLDArticleBody {
    static func find(in tree: Tree) -> String? {
        var best: String? = nil
        let documents = ScriptJSON.documents(in: tree) {
            ScriptJSON.isLinkedData(tree, $0)
        }
        for json in documents {
            ScriptJSON.forEachString(in: json) { key, value in
                if key == "articleBody", value.count > (best?.count ?? 0) { best = value }
            }
        }
        return best
    }
}
