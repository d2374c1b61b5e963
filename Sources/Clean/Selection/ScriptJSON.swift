internal import DOM
internal import Foundation

/// The JSON in a page's data scripts, walked without recursion: shared by the JSON-LD and Next.js
/// article fallbacks.
enum ScriptJSON {
    /// Most JSON values visited per script: huge or deeply nested data stays cheap.
    static let nodeBudget = 50_000

    /// Whether a script's `type` names JSON-LD ("application/ld+json", in any case).
    static func isLinkedData(_ tree: Tree, _ script: Tree.NodeID) -> Bool {
        linkedData.occurs(in: tree.attribute(.type, of: script))
    }

    private static let linkedData = FragmentSet(["ld+json"])

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
        forEachMember(in: json) { key, value in
            if let string = value as? String { visit(key, string) }
            return true
        }
    }

    /// Visits every member of every object with its key, breadth-first, at most `nodeBudget` values;
    /// `visit` returns false to stop. Keys are visited sorted: dictionary order changes between
    /// processes, and ties, the first match and the budget must fall the same way on every run.
    static func forEachMember(in json: Any, _ visit: (_ key: String, _ value: Any) -> Bool) {
        var queue: [Any] = [json]
        var head = 0
        while head < queue.count && head < nodeBudget {
            let value = queue[head]
            head += 1
            if let object = value as? [String: Any] {
                for key in object.keys.sorted() {
                    guard let child = object[key] else { continue }
                    guard visit(key, child) else { return }
                    if !(child is String) { queue.append(child) }
                }
            } else if let array = value as? [Any] {
                queue.append(contentsOf: array)
            }
        }
    }
}
