internal import DOM

/// Finds a recipe's method in the page when its JSON-LD lists `recipeInstructions`: recipe themes
/// put ingredients and steps in separate blocks, and density picks one of them. The element that
/// holds the first and the last step (found by their text) is the method.
struct RecipeSteps {
    let tree: Tree
    let removed: [Bool]
    let textLength: [Int]

    /// Scripts that can hold the key (a one-pass test, any case; the walk below matches it exactly).
    static let keyFragment = FragmentSet(["recipeInstructions"])

    /// Longest step prefix looked up in the page, in characters.
    static let probeLength = 40
    /// The method holds at most this many times the steps' own text (plus slack): an element much
    /// larger is the page, not the method.
    static let maxGrowth = 3

    /// The element holding the steps, when the JSON-LD lists them and the page shows them.
    func container() -> Tree.NodeID? {
        let steps = Self.instructions(in: tree)
        guard let first = steps.first.flatMap(probe), let last = steps.last.flatMap(probe) else { return nil }
        guard let start = element(containing: first), let end = element(containing: last) else { return nil }
        var ancestor = start
        while ancestor != Tree.none && !tree.isAncestor(ancestor, of: end) { ancestor = tree[ancestor].parent }
        let stepsText = steps.reduce(0) { $0 + $1.utf8.count }
        guard ancestor != Tree.none, textLength[Int(ancestor)] <= Self.maxGrowth * stepsText + 500 else { return nil }
        return ancestor
    }

    /// The instruction texts of JSON-LD recipes: strings under `recipeInstructions`, directly or as
    /// the `text` of HowToStep objects, in order.
    static func instructions(in tree: Tree) -> [String] {
        var steps: [String] = []
        // Only scripts that name the key are parsed: most pages are no recipes.
        let documents = ScriptJSON.documents(in: tree) {
            ScriptJSON.isLinkedData(tree, $0) && keyFragment.occurs(in: tree.textContent(of: $0))
        }
        for json in documents where steps.isEmpty {
            ScriptJSON.forEachMember(in: json) { key, value in
                if key == "recipeInstructions" { steps = strings(in: value) }
                return steps.isEmpty
            }
        }
        return steps.map { Whitespace.collapse($0) }.filter { !$0.isEmpty }
    }

    /// Strings in document order: a string, the `text` of step objects, and nested lists (HowToSection).
    private static func strings(in method: Any) -> [String] {
        var result: [String] = []
        var stack: [Any] = [method]
        while let value = stack.popLast() {
            if let string = value as? String {
                result.append(string)
            } else if let object = value as? [String: Any] {
                if let text = object["text"] as? String { result.append(text) } else if let items = object["itemListElement"] { stack.append(items) }
            } else if let array = value as? [Any] {
                stack.append(contentsOf: array.reversed())
            }
        }
        return result
    }

    /// The start of a step as it reads in the page: JSON-LD text may keep HTML entities, so the
    /// probe stops before the first "&".
    private func probe(_ step: String) -> String? {
        let text = step.prefix(while: { $0 != "&" && $0 != "<" }).prefix(Self.probeLength)
        return text.count >= 15 ? String(text) : nil
    }

    /// The element around the first kept text node that contains `text`.
    private func element(containing text: String) -> Tree.NodeID? {
        var found: Tree.NodeID? = nil
        tree.forEachDescendant(of: Tree.root) { id in
            guard found == nil, !removed[Int(id)] else { return false }
            let node = tree[id]
            if node.kind == .text && Whitespace.collapse(node.text).contains(text) { found = node.parent }
            return true
        }
        return found
    }
}
