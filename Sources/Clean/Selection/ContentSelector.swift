internal import DOM

/// Chooses the element(s) that hold the article, with ordered fallbacks.
///
/// Order (first acceptable wins), so that a CMS's own label beats statistics only when it is
/// plausible:
/// 1. `itemprop="articleBody"`, 2. a known article-body class or id, 3. an `<article>` element —
///    each accepted when it holds at least half the text of the density winner and overlaps it, or
///    more text than the winner when it sits elsewhere, and is not mostly links;
/// 4. the density winner plus its siblings that score well or read like paragraphs (Readability);
/// 5. the whole kept body, when nothing scored at all.
struct ContentSelector {
    struct Selection {
        var roots: [Tree.NodeID]
        var strategy: String
    }

    let tree: Tree
    let removed: [Bool]
    let textLength: [Int]
    let linkLength: [Int]

    let tuning: Tuning

    init(tree: Tree, removed: [Bool], tuning: Tuning) {
        self.tree = tree
        self.removed = removed
        self.tuning = tuning
        textLength = TextStatistics.subtreeTextLength(tree, excluding: removed)
        linkLength = TextStatistics.subtreeLinkTextLength(tree, textLength: textLength, excluding: removed)
    }

    func select() -> Selection {
        var selection = selectContainer()
        // A recipe's method outside the chosen block (ingredients and steps in separate blocks).
        if let method = RecipeSteps(tree: tree, removed: removed, textLength: textLength).container(),
            !selection.roots.contains(where: { tree.isAncestor($0, of: method) || tree.isAncestor(method, of: $0) })
        {
            selection.roots = (selection.roots + [method]).sorted()
            selection.strategy += "+recipe-steps"
        }
        let preamble = tuning.includePreamble ? preamble(before: selection.roots[0]) : []
        if !preamble.isEmpty {
            selection.roots.insert(contentsOf: preamble, at: 0)
            selection.strategy += "+preamble"
        }
        return selection
    }

    private func selectContainer() -> Selection {
        let scorer = ContentScorer(tree: tree, removed: removed, textLength: textLength, linkLength: linkLength)
        let scores = scorer.scores()
        let winner = densityWinner(scores)
        let winnerText = winner.map { textLength[Int($0)] } ?? 0
        let teasers = TeaserList(tree: tree, removed: removed, textLength: textLength, linkLength: linkLength)
        let grid = winner.flatMap { teasers.isTeaserList($0) ? $0 : nil }

        let tiers: [(String, [Tree.NodeID])] = [
            ("itemprop-articleBody", hintElements { tree.attribute(.itemprop, of: $0)?.lowercased() == "articlebody" }),
            ("content-class", hintElements(matchingBodyClass)),
            ("article-element", hintElements { tree[$0].tag == .article }),
        ]
        for (strategy, candidates) in tiers {
            guard let hint = candidates.max(by: { textLength[Int($0)] < textLength[Int($1)] }) else { continue }
            if isAcceptable(hint, winner: winner, winnerText: winnerText, grid: grid) {
                return Selection(roots: parts(of: hint, among: candidates), strategy: strategy)
            }
        }
        if let winner {
            return Selection(roots: withSiblings(winner, scores: scores), strategy: "density")
        }
        return Selection(roots: [Tree.root], strategy: "whole-page")
    }

    /// What the CMS renders between the headline and the body container: a lead (standfirst, intro,
    /// summary) and the lead picture's caption. Elements labelled as a lead, or figures with a caption,
    /// found scanning back from `root` until the headline, near `root` in the tree, in document order.
    private func preamble(before root: Tree.NodeID) -> [Tree.NodeID] {
        guard root != Tree.root else { return [] }
        var found: [Tree.NodeID] = []
        var index = Int(root) - 1
        let limit = max(1, Int(root) - 400)  // a preamble sits just before the body, not pages away
        while index >= limit && found.count < 2 {
            let id = Int32(index)
            index -= 1
            let node = tree.nodes[Int(id)]
            guard !removed[Int(id)], node.kind == .element, !tree.isAncestor(id, of: root) else { continue }
            if node.tag == .h1 { break }
            if found.contains(where: { tree.isAncestor(id, of: $0) }) { continue }
            let text = textLength[Int(id)]
            guard text <= 1500, Double(linkLength[Int(id)]) < 0.3 * Double(max(text, 1)) else { continue }
            let isLead = text >= 50 && ContentHints.labelsLead(tree.attribute(.class, of: id))
            let isCaptionedFigure = node.tag == .figure && text >= 15 && !tree.elements(named: "figcaption", under: id).isEmpty
            if (isLead || isCaptionedFigure) && isNear(id, root) { found.append(id) }
        }
        return found.reversed()
    }

    /// True when `a` and `b` share an ancestor within `levels` levels above `a`.
    private func isNear(_ a: Tree.NodeID, _ b: Tree.NodeID, within levels: Int = 5) -> Bool {
        var ancestor = tree[a].parent
        var steps = 0
        while ancestor != Tree.none && steps < levels && !tree.isAncestor(ancestor, of: b) {
            ancestor = tree[ancestor].parent
            steps += 1
        }
        return steps < levels
    }

    /// `grid`: the winner when it is a grid of teaser cards. A labelled body outside it is accepted
    /// whatever its size (the grid outscored a short article); a card inside it never is.
    private func isAcceptable(_ hint: Tree.NodeID, winner: Tree.NodeID?, winnerText: Int, grid: Tree.NodeID?) -> Bool {
        let text = textLength[Int(hint)]
        guard text >= 140 else { return false }
        if Double(linkLength[Int(hint)]) > 0.5 * Double(text) { return false }
        if let grid, !tree.isAncestor(hint, of: grid) { return !tree.isAncestor(grid, of: hint) }
        guard let winner else { return true }
        let overlaps = tree.isAncestor(hint, of: winner) || tree.isAncestor(winner, of: hint)
        return overlaps ? Double(text) >= 0.5 * Double(winnerText) : text >= winnerText
    }

    /// `hint` and the other parts of a body that the CMS split into several labelled containers
    /// (`story-body-1`, `story-body-2` between photo and related-link blocks), in document order: same
    /// tag, same class once digits are dropped, not nested, with a common ancestor at most two levels
    /// up (a page of separate stories nests them deeper), with prose-sized text.
    private func parts(of hint: Tree.NodeID, among candidates: [Tree.NodeID]) -> [Tree.NodeID] {
        let shape = { (id: Tree.NodeID) in
            (self.tree[id].name, (self.tree.attribute(.class, of: id) ?? "").filter { !$0.isNumber })
        }
        let hintShape = shape(hint)
        var parts = [hint]
        for candidate in candidates where candidate != hint && textLength[Int(candidate)] >= 200 {
            guard shape(candidate) == hintShape, isNear(candidate, hint, within: 2),
                !parts.contains(where: { tree.isAncestor($0, of: candidate) || tree.isAncestor(candidate, of: $0) }),
                !isSeparateItem(candidate, from: hint), !isSeparateItem(hint, from: candidate)
            else { continue }
            parts.append(candidate)
        }
        return parts.sorted()
    }

    /// True when an element between `id` and its common ancestor with `other` marks a list item of
    /// its own: an `<article>`, or an id with a number (`post-6195`), as on a blog's front page.
    private func isSeparateItem(_ id: Tree.NodeID, from other: Tree.NodeID) -> Bool {
        var node = id
        while node != Tree.none && !tree.isAncestor(node, of: other) {
            if tree[node].tag == .article { return true }
            if let identifier = tree.attribute(.id, of: node), identifier.contains(where: \.isNumber) { return true }
            node = tree[node].parent
        }
        return false
    }

    /// Elements matching `predicate`. `<html>` and `<body>` never count: CMSs put page-type classes
    /// ("article-detail", "single-post") on them, and "the whole page" is no hint.
    private func hintElements(_ predicate: (Tree.NodeID) -> Bool) -> [Tree.NodeID] {
        var result: [Tree.NodeID] = []
        for index in 1..<tree.count where !removed[index] && tree.nodes[index].kind == .element {
            let tag = tree.nodes[index].tag
            if tag == .body || tag == .html { continue }
            if predicate(Int32(index)) { result.append(Int32(index)) }
        }
        return result
    }

    private func matchingBodyClass(_ id: Tree.NodeID) -> Bool {
        ContentHints.hasBodyClass(tree.attribute(.class, of: id)) || ContentHints.hasBodyClass(tree.attribute(.id, of: id))
    }

    /// The best-scoring element, moved up to a common ancestor when other strong candidates share it:
    /// an article split into sections scores per section, and the sections' parent is the article.
    private func densityWinner(_ scores: [Double]) -> Tree.NodeID? {
        var ranked: [(Tree.NodeID, Double)] = []
        for index in 1..<scores.count where scores[index] > 0 { ranked.append((Int32(index), scores[index])) }
        ranked.sort { $0.1 > $1.1 }
        guard var winner = ranked.first?.0 else { return nil }
        let top = ranked[0].1
        let rivals = ranked.dropFirst().prefix(4).filter { $0.1 >= 0.75 * top }.map(\.0)
        if rivals.count >= 2 {
            var ancestor = tree[winner].parent
            while ancestor != Tree.none && ancestor != Tree.root && tree[ancestor].tag != .body {
                if rivals.filter({ tree.isAncestor(ancestor, of: $0) }).count >= 2 {
                    winner = ancestor
                    break
                }
                ancestor = tree[ancestor].parent
            }
        }
        return winner
    }

    /// The winner and those of its siblings that belong to the same article (Readability's rule):
    /// siblings scoring at least a fifth of the winner, and paragraphs that read like prose.
    private func withSiblings(_ winner: Tree.NodeID, scores: [Double]) -> [Tree.NodeID] {
        let parent = tree[winner].parent
        guard parent != Tree.none, parent != Tree.root else { return [winner] }
        let threshold = max(10, tuning.siblingShare * scores[Int(winner)])
        let winnerClass = tree.attribute(.class, of: winner)
        var roots: [Tree.NodeID] = []
        for sibling in tree.children(of: parent) where !removed[Int(sibling)] {
            if sibling == winner {
                roots.append(sibling)
                continue
            }
            guard tree[sibling].kind == .element else { continue }
            let text = textLength[Int(sibling)]
            guard text > 0 else { continue }
            let bonus = winnerClass != nil && tree.attribute(.class, of: sibling) == winnerClass ? tuning.siblingShare * scores[Int(winner)] : 0
            if scores[Int(sibling)] + bonus >= threshold {
                roots.append(sibling)
                continue
            }
            let linkShare = Double(linkLength[Int(sibling)]) / Double(text)
            if tree[sibling].tag == .p {
                if (text > 80 && linkShare < 0.25) || (linkShare == 0 && text > 0 && endsSentence(sibling)) {
                    roots.append(sibling)
                }
            }
        }
        return roots
    }

    private func endsSentence(_ id: Tree.NodeID) -> Bool {
        let text = Whitespace.collapse(tree.textContent(of: id))
        return text.hasSuffix(".") || text.hasSuffix("。") || text.hasSuffix("!") || text.hasSuffix("?")
    }
}
