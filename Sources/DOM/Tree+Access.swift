extension Tree {
    /// The value of attribute `name` (lower case) on node `id`, or nil.
    @inlinable
    public func attribute(_ name: String, of id: NodeID) -> String? {
        // Byte counts first: inlined, and most names differ in length, which spares a string compare.
        for attribute in nodes[Int(id)].attributes
        where attribute.name.utf8.count == name.utf8.count && attribute.name == name {
            return attribute.value
        }
        return nil
    }

    /// The value of a known attribute on node `id`, or nil; the element's mask answers "absent" at once.
    @inlinable
    public func attribute(_ name: AttributeName, of id: NodeID) -> String? {
        if name.bit != 0 && nodes[Int(id)].attributeMask & name.bit == 0 { return nil }
        return attribute(name.name, of: id)
    }

    /// The node's children in order.
    @inlinable
    public func children(of id: NodeID) -> [NodeID] {
        var result: [NodeID] = []
        var child = nodes[Int(id)].firstChild
        while child != Tree.none {
            result.append(child)
            child = nodes[Int(child)].nextSibling
        }
        return result
    }

    /// Element children with the given tag name.
    public func children(of id: NodeID, named name: String) -> [NodeID] {
        children(of: id).filter { nodes[Int($0)].kind == .element && nodes[Int($0)].name == name }
    }

    /// All nodes below `id` (not `id` itself) in document order, walked with an explicit stack.
    public func descendants(of id: NodeID) -> [NodeID] {
        var result: [NodeID] = []
        forEachDescendant(of: id) { result.append($0); return true }
        return result
    }

    /// Visits the nodes below `id` in document order. `visit` returns false to skip a node's subtree.
    /// Iterative: follows first-child / next-sibling / parent links, so depth costs nothing.
    @inlinable
    public func forEachDescendant(of id: NodeID, _ visit: (NodeID) -> Bool) {
        var current = nodes[Int(id)].firstChild
        while current != Tree.none {
            let descend = visit(current)
            let first = nodes[Int(current)].firstChild
            if descend && first != Tree.none {
                current = first
                continue
            }
            // Climb until a node has a next sibling, stopping at `id`.
            while current != Tree.none && current != id {
                let next = nodes[Int(current)].nextSibling
                if next != Tree.none {
                    current = next
                    break
                }
                current = nodes[Int(current)].parent
            }
            if current == id { return }
        }
    }

    /// Elements named `name` anywhere below `id`, in document order.
    public func elements(named name: String, under id: NodeID = Tree.root) -> [NodeID] {
        var result: [NodeID] = []
        let tag = HTMLTag(name)
        forEachDescendant(of: id) { node in
            // Known tags compare as codes; other names as strings.
            let element = nodes[Int(node)]
            if tag != .other ? element.tag == tag : element.kind == .element && element.name == name {
                result.append(node)
            }
            return true
        }
        return result
    }

    /// The concatenated text of all text nodes below `id` (or its own text if it is a text node).
    @inlinable
    public func textContent(of id: NodeID) -> String {
        if nodes[Int(id)].kind == .text { return nodes[Int(id)].text }
        var result = ""
        forEachDescendant(of: id) { node in
            if nodes[Int(node)].kind == .text { result += nodes[Int(node)].text }
            return true
        }
        return result
    }

    /// True when `ancestor` is `id` or one of its ancestors.
    @inlinable
    public func isAncestor(_ ancestor: NodeID, of id: NodeID) -> Bool {
        var current = id
        while current != Tree.none {
            if current == ancestor { return true }
            current = nodes[Int(current)].parent
        }
        return false
    }
}
