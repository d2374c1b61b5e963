internal import DOM

/// Human-readable location of an element: `body > div#main.content > article`.
enum NodePath {
    /// Components kept from the innermost element outwards; deeper paths start with `… > `.
    static let maxComponents = 6

    static func describe(_ id: Tree.NodeID, in tree: Tree) -> String {
        var components: [String] = []
        var current = id
        var truncated = false
        while current != Tree.none && current != Tree.root {
            let node = tree[current]
            if node.kind == .element {
                if components.count == maxComponents {
                    truncated = true
                    break
                }
                components.append(component(current, node.name, tree))
            }
            current = node.parent
        }
        let path = components.reversed().joined(separator: " > ")
        return truncated ? "… > " + path : path
    }

    private static func component(_ id: Tree.NodeID, _ name: String, _ tree: Tree) -> String {
        var text = name
        if let identifier = tree.attribute(.id, of: id), !identifier.isEmpty {
            text += "#" + String(identifier.prefix(40))
        }
        if let classes = tree.attribute(.class, of: id) {
            for name in classes.split(separator: " ").prefix(3) { text += "." + name.prefix(40) }
        }
        return text
    }
}
