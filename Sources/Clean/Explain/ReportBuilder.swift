internal import DOM
internal import WinnowCore

/// Assembles the explain report from what the passes decided. Runs only when asked for.
struct ReportBuilder {
    static let excerptLength = 160

    let tree: Tree
    let removed: [Bool]

    /// - Parameters:
    ///   - rendered: the blocks rendered from the containers, before filtering.
    ///   - kept: the blocks the article keeps; when they are an in-order subset of `rendered`, their
    ///     elements' positions become the report's `blockOrder` (nil: the blocks came from elsewhere).
    func build(
        prunings: [Removal], selection: ContentSelector.Selection, drops: [BlockFilter.Drop], encoding: PreparedInput,
        rendered: [RenderedBlock] = [], kept: [Block]? = nil
    ) -> ExtractionReport {
        var entries: [(order: Int32, removal: ExtractionReport.Removal)] = []
        for pruning in prunings {
            let excerpt = excerpt(of: pruning.node)
            guard !excerpt.isEmpty else { continue }  // scripts, images: nothing a reader would miss
            entries.append((pruning.node, entry(pruning.node, excerpt, pruning.category.rawValue, pruning.rule)))
        }
        for node in outsideContainers(selection.roots) {
            entries.append((node, entry(node, excerpt(of: node), BoilerplateCategory.lowDensity.rawValue, "outside-container")))
        }
        for drop in drops {
            let text = drop.block.block.plainLines.joined(separator: " ")
            entries.append((drop.block.node, entry(drop.block.node, clip(text), drop.category.rawValue, drop.rule)))
        }
        entries.sort { $0.order < $1.order }
        return ExtractionReport(
            strategy: selection.strategy,
            containers: selection.roots.map { NodePath.describe($0, in: tree) },
            encoding: encoding.charset, encodingSource: encoding.source.rawValue,
            removals: entries.map(\.removal), blockOrder: kept.flatMap { Self.positions(of: $0, in: rendered) })
    }

    /// The element positions of `kept` blocks, matched in order against `rendered` (filtering only drops
    /// blocks, so kept ones appear there in the same order); nil when a block cannot be matched.
    static func positions(of kept: [Block], in rendered: [RenderedBlock]) -> [Int]? {
        var positions: [Int] = []
        positions.reserveCapacity(kept.count)
        var index = rendered.startIndex
        for block in kept {
            while index < rendered.endIndex, rendered[index].block != block { index += 1 }
            guard index < rendered.endIndex else { return nil }
            positions.append(Int(rendered[index].node))
            index += 1
        }
        return positions
    }

    private func entry(_ node: Tree.NodeID, _ excerpt: String, _ category: String, _ rule: String) -> ExtractionReport.Removal {
        ExtractionReport.Removal(
            excerpt: excerpt, path: NodePath.describe(node, in: tree), category: category, rule: rule, order: Int(node))
    }

    /// Kept elements with text that lie outside every chosen container: the scorer passed them over.
    private func outsideContainers(_ roots: [Tree.NodeID]) -> [Tree.NodeID] {
        guard !roots.contains(Tree.root) else { return [] }
        var onPath = Set<Tree.NodeID>()  // ancestors of the containers: walked through, not reported
        for root in roots {
            var current = tree[root].parent
            while current != Tree.none {
                onPath.insert(current)
                current = tree[current].parent
            }
        }
        let containers = Set(roots)
        var found: [Tree.NodeID] = []
        tree.forEachDescendant(of: Tree.root) { node in
            if removed[Int(node)] || containers.contains(node) { return false }
            if onPath.contains(node) { return true }
            if !excerpt(of: node).isEmpty { found.append(node) }
            return false
        }
        return found
    }

    private func excerpt(of node: Tree.NodeID) -> String {
        clip(Whitespace.collapse(tree.textContent(of: node)))
    }

    private func clip(_ text: String) -> String {
        text.count <= Self.excerptLength ? text : String(text.prefix(Self.excerptLength)) + "…"
    }
}
