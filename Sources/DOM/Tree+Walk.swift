extension Tree {
    /// What a walk does after entering a node.
    public enum WalkAction: Sendable {
        /// Visit the node's children, then call `exit` for it.
        case descend
        /// Skip the node's children; `exit` is still called for it.
        case skipChildren
    }

    /// Walks the subtree below `id` (exclusive) in document order, calling `enter` before a node's
    /// children and `exit` after them. Iterative, so any nesting depth is safe.
    @inlinable
    public func walk(
        under id: NodeID, enter: (NodeID) -> WalkAction, exit: (NodeID) -> Void
    ) {
        walk(from: nodes[Int(id)].firstChild, stopAt: id, enter: enter, exit: exit)
    }

    /// Walks `id` itself and its subtree, like `walk(under:enter:exit:)`.
    @inlinable
    public func walk(
        including id: NodeID, enter: (NodeID) -> WalkAction, exit: (NodeID) -> Void
    ) {
        if enter(id) == .descend {
            walk(under: id, enter: enter, exit: exit)
        }
        exit(id)
    }

    @usableFromInline
    func walk(
        from first: NodeID, stopAt boundary: NodeID, enter: (NodeID) -> WalkAction, exit: (NodeID) -> Void
    ) {
        var current = first
        while current != Tree.none {
            let action = enter(current)
            let child = nodes[Int(current)].firstChild
            if action == .descend && child != Tree.none {
                current = child
                continue
            }
            // Leave `current` and every ancestor that has no next sibling, up to the boundary.
            while current != Tree.none && current != boundary {
                exit(current)
                let next = nodes[Int(current)].nextSibling
                if next != Tree.none {
                    current = next
                    break
                }
                current = nodes[Int(current)].parent
            }
            if current == boundary { return }
        }
    }
}
