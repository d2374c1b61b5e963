internal import DOM

/// Recognises a grid of teaser cards: three or more short child items that each carry a linked heading,
/// with a fifth of their text in links, and together hold most of the container's text (a blog's post
/// grid, a "recent articles" view); a listicle's or a forum thread's items are longer. Density
/// scoring favours such grids next to a short article; they are never the article themselves.
struct TeaserList {
    let tree: Tree
    let removed: [Bool]
    let textLength: [Int]
    let linkLength: [Int]

    static let minItems = 3
    /// Longest average item text, in bytes: a title and a sentence or two of excerpt.
    static let maxItemText = 350
    static let minItemLinkShare = 0.2
    static let minTextShare = 0.6
    static let headings: HTMLTagSet = [.h2, .h3, .h4, .h5, .h6]

    /// True when `id`, or the child that holds nearly all its text, is a teaser grid.
    func isTeaserList(_ id: Tree.NodeID) -> Bool {
        if isGrid(id) { return true }
        let children = elementChildren(of: id)
        guard let main = children.max(by: { textLength[Int($0)] < textLength[Int($1)] }) else { return false }
        return Double(textLength[Int(main)]) >= 0.8 * Double(textLength[Int(id)]) && isGrid(main)
    }

    private func isGrid(_ id: Tree.NodeID) -> Bool {
        var items = 0
        var itemText = 0
        var itemLinks = 0
        for child in elementChildren(of: id) where hasLinkedHeading(child) {
            items += 1
            itemText += textLength[Int(child)]
            itemLinks += linkLength[Int(child)]
        }
        return items >= Self.minItems && Double(itemText) >= Self.minTextShare * Double(textLength[Int(id)])
            && itemText <= Self.maxItemText * items && Double(itemLinks) >= Self.minItemLinkShare * Double(itemText)
    }

    private func elementChildren(of id: Tree.NodeID) -> [Tree.NodeID] {
        tree.children(of: id).filter { !removed[Int($0)] && tree[$0].kind == .element }
    }

    /// True when a heading inside `item` holds a link or sits inside one.
    private func hasLinkedHeading(_ item: Tree.NodeID) -> Bool {
        var found = false
        tree.forEachDescendant(of: item) { node in
            guard !found, tree[node].kind == .element else { return false }
            guard Self.headings.contains(tree[node].tag) else { return true }
            found = !tree.elements(named: "a", under: node).isEmpty || insideLink(node, below: item)
            return false
        }
        return found
    }

    private func insideLink(_ id: Tree.NodeID, below item: Tree.NodeID) -> Bool {
        var ancestor = tree[id].parent
        while ancestor != Tree.none && ancestor != item {
            if tree[ancestor].tag == .a { return true }
            ancestor = tree[ancestor].parent
        }
        return false
    }
}

