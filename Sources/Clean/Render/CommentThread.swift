internal import DOM
internal import WinnowCore

/// The comment thread of a page, for `--comments`: the elements the pruner removed as comments,
/// rendered as text with their own furniture (reply forms, buttons, navigation) left out.
struct CommentThread {
    let tree: Tree
    let prunings: [Removal]
    let options: BlockRenderer.Options

    /// Furniture inside comment sections that is not comment text.
    static let furniture: HTMLTagSet = [.form, .fieldset, .nav, .footer, .button, .label]

    func text() -> String {
        let sections = prunings.filter { $0.category == .comments }.map(\.node)
        guard !sections.isEmpty else { return "" }
        // Everything is removed except the comment sections, minus their furniture.
        var removed = [Bool](repeating: true, count: tree.count)
        for section in sections {
            removed[Int(section)] = false
            tree.forEachDescendant(of: section) { node in
                let element = tree[node]
                if element.kind == .element
                    && (StructureRules.nonContentTags.contains(element.tag) || Self.furniture.contains(element.tag))
                {
                    return false
                }
                removed[Int(node)] = false
                return true
            }
        }
        let blocks = BlockRenderer(tree: tree, removed: removed, options: options).render(sections)
        return Block.plainText(of: blocks.map(\.block))
    }
}
