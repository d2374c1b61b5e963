internal import DOM
internal import Foundation

/// The JSON in a page's data scripts, walked without recursion: shared by the JSON-LD and Next.js
/// article fallbacks.
enum ScriptJSON {
    /// Most JSON values visited per script: huge or deeply nested data stays cheap.
    static let nodeBudget = 50_000

    /// Parses the text of each script that `accept` picks; scripts that are not valid JSON are skipped.
    static func documents(in tree: Tree, where accept: (Tree.NodeID) -> Bool) -> [Any] {
        tree.elements(named: "script").filter(accept).compactMap { script in
            tree.textContent(of: script).data(using: .utf8).flatMap {
                try? JSONSerialization.jsonObject(with: $0, options: [.fragmentsAllowed])
            }
        }
    }

    /// Visits every string value with its key, breadth-first (keys sorted), at most `nodeBudget` values.
    static func forEachString(in json: Any, _ visit: (_ key: String, _ value: String) -> Void) {
        var queue: [Any] = [json]
        var head = 0
        while head < queue.count && head < nodeBudget {
            let value = queue[head]
            head += 1
            if let object = value as? [String: Any] {
                // Sorted keys: dictionary order changes between processes, and ties and the budget
                // must fall the same way on every run.
                for key in object.keys.sorted() {
                    guard let child = object[key] else { continue }
                    if let string = child as? String { visit(key, string) } else { queue.append(child) }
                }
            } else if let array = value as? [Any] {
                queue.append(contentsOf: array)
            }
        }
    }
}
