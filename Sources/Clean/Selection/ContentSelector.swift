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

    init(tree: Tree, removed: [Bool]) {
        self.tree = tree
        self.removed = removed
        textLength = TextStatistics.subtreeTextLength(tree, excluding: removed)
        linkLength = TextStatistics.subtreeLinkTextLength(tree, textLength: textLength, excluding: removed)
    }

    func select() -> Selection {
        var selection = selectContainer()
        if let lead = lead(before: selection.roots[0]) {
            selection.roots.insert(lead, at: 0)
            selection.strategy += "+lead"
        }
        return selection
    }

    private func selectContainer() -> Selection {
        let scorer = ContentScorer(tree: tree, removed: removed, textLength: textLength, linkLength: linkLength)
        let scores = scorer.scores()
        let winner = densityWinner(scores)
        let winnerText = winner.map { textLength[Int($0)] } ?? 0

        let tiers: [(String, [Tree.NodeID])] = [
            ("itemprop-articleBody", hintElements { tree.attribute("itemprop", of: $0)?.lowercased() == "articlebody" }),
            ("content-class", hintElements(matchingBodyClass)),
            ("article-element", hintElements { tree[$0].name == "article" }),
        ]
        for (strategy, candidates) in tiers {
            guard let hint = candidates.max(by: { textLength[Int($0)] < textLength[Int($1)] }) else { continue }
            if isAcceptable(hint, winner: winner, winnerText: winnerText) {
                return Selection(roots: [hint], strategy: strategy)
            }
        }
        if let winner {
            return Selection(roots: withSiblings(winner, scores: scores), strategy: "density")
        }
        return Selection(roots: [Tree.root], strategy: "whole-page")
    }

    /// The article's lead (standfirst, intro, summary) when the CMS renders it outside the body
    /// container: the closest element before `root` labelled as a lead, near it in the tree, that
    /// reads like prose.
    private func lead(before root: Tree.NodeID) -> Tree.NodeID? {
        guard root != Tree.root else { return nil }
        var index = Int(root) - 1
        let limit = max(1, Int(root) - 400)  // leads sit just before the body, not pages away
        while index >= limit {
            let id = Int32(index)
            defer { index -= 1 }
            guard !removed[index], tree.nodes[index].kind == .element, !tree.isAncestor(id, of: root) else { continue }
            let text = textLength[index]
            guard text >= 50, text <= 1500, Double(linkLength[index]) < 0.3 * Double(text),
                ContentHints.labelsLead(tree.attribute("class", of: id)) else { continue }
            // Nearby: a common ancestor within a few levels of both.
            var ancestor = tree[id].parent
            var steps = 0
            while ancestor != Tree.none && steps < 5 && !tree.isAncestor(ancestor, of: root) {
                ancestor = tree[ancestor].parent
                steps += 1
            }
            return steps < 5 ? id : nil
        }
        return nil
    }

    private func isAcceptable(_ hint: Tree.NodeID, winner: Tree.NodeID?, winnerText: Int) -> Bool {
        let text = textLength[Int(hint)]
        guard text >= 140 else { return false }
        if Double(linkLength[Int(hint)]) > 0.5 * Double(text) { return false }
        guard let winner else { return true }
        let overlaps = tree.isAncestor(hint, of: winner) || tree.isAncestor(winner, of: hint)
        return overlaps ? Double(text) >= 0.5 * Double(winnerText) : text >= winnerText
    }

    private func hintElements(_ predicate: (Tree.NodeID) -> Bool) -> [Tree.NodeID] {
        var result: [Tree.NodeID] = []
        for index in 1..<tree.count where !removed[index] && tree.nodes[index].kind == .element {
            if predicate(Int32(index)) { result.append(Int32(index)) }
        }
        return result
    }

    private func matchingBodyClass(_ id: Tree.NodeID) -> Bool {
        ContentHints.hasBodyClass(tree.attribute("class", of: id)) || ContentHints.hasBodyClass(tree.attribute("id", of: id))
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
            while ancestor != Tree.none && ancestor != Tree.root && tree[ancestor].name != "body" {
                if rivals.filter({ tree.isAncestor(ancestor, of: $0) }).count >= 2 {
                    winner = ancestor
                    break
                }
                ancestor = tree[ancestor].parent
            }
        }
        // Climb while the parent holds little beyond the winner: a wrapper adds nothing but risk.
        var parent = tree[winner].parent
        while parent != Tree.none && parent != Tree.root && tree[parent].name != "body",
            Double(textLength[Int(winner)]) >= 0.9 * Double(textLength[Int(parent)])
        {
            winner = parent
            parent = tree[winner].parent
        }
        return winner
    }

    /// The winner and those of its siblings that belong to the same article (Readability's rule):
    /// siblings scoring at least a fifth of the winner, and paragraphs that read like prose.
    private func withSiblings(_ winner: Tree.NodeID, scores: [Double]) -> [Tree.NodeID] {
        let parent = tree[winner].parent
        guard parent != Tree.none, parent != Tree.root else { return [winner] }
        let threshold = max(10, 0.2 * scores[Int(winner)])
        let winnerClass = tree.attribute("class", of: winner)
        var roots: [Tree.NodeID] = []
        for sibling in tree.children(of: parent) where !removed[Int(sibling)] {
            if sibling == winner {
                roots.append(sibling)
                continue
            }
            guard tree[sibling].kind == .element else { continue }
            let text = textLength[Int(sibling)]
            guard text > 0 else { continue }
            let bonus = winnerClass != nil && tree.attribute("class", of: sibling) == winnerClass ? 0.2 * scores[Int(winner)] : 0
            if scores[Int(sibling)] + bonus >= threshold {
                roots.append(sibling)
                continue
            }
            let linkShare = Double(linkLength[Int(sibling)]) / Double(text)
            if tree[sibling].name == "p" {
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
