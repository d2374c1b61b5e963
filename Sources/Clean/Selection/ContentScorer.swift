internal import DOM

/// Scores elements as article containers by the text they hold (Readability's density idea).
///
/// Each text-bearing block (a paragraph, a cell, a div with its own text) scores
/// 1 + its commas + one point per 100 characters (at most 3). The score goes to its parent in full,
/// to the grandparent by half and to the next ancestor by a third, so the element that directly holds
/// many good paragraphs wins. Scores are then scaled by (1 - link density): menus are all links.
struct ContentScorer {
    let tree: Tree
    let removed: [Bool]
    let textLength: [Int]
    let linkLength: [Int]
    let commaCount: [Int]

    static let blockTags: Set<String> = ["p", "pre", "td", "blockquote", "li", "dd", "h2", "h3", "h4"]
    static let minBlockLength = 25

    /// Every element's final score (0 for elements that hold no scored block).
    func scores() -> [Double] {
        var score = [Double](repeating: 0, count: tree.count)
        var initialized = [Bool](repeating: false, count: tree.count)

        for index in 1..<tree.count where !removed[index] {
            let node = tree.nodes[index]
            guard node.kind == .element else { continue }
            let own = ownTextLength(Int32(index))
            let isBlock = ContentScorer.blockTags.contains(node.name) || ((node.name == "div" || node.name == "section") && own >= ContentScorer.minBlockLength)
            guard isBlock, textLength[index] >= ContentScorer.minBlockLength else { continue }
            if node.name == "li" || node.name == "td" {
                // List items and cells count only when they read like prose, not like link lists.
                if Double(linkLength[index]) > 0.5 * Double(textLength[index]) { continue }
            }
            let points = 1.0 + Double(commaCount[index]) + min(Double(textLength[index]) / 100.0, 3.0)

            var ancestor = node.parent
            var level = 0
            while ancestor != Tree.none && ancestor != Tree.root && level < 3 {
                let a = Int(ancestor)
                if !initialized[a] {
                    score[a] = initialScore(ancestor)
                    initialized[a] = true
                }
                score[a] += points / Double(level == 0 ? 1 : level == 1 ? 2 : level * 3)
                ancestor = tree.nodes[a].parent
                level += 1
            }
        }

        var final = [Double](repeating: 0, count: tree.count)
        for index in 1..<tree.count where initialized[index] && !removed[index] {
            let density = textLength[index] > 0 ? Double(linkLength[index]) / Double(textLength[index]) : 1
            final[index] = score[index] * (1 - density)
        }
        return final
    }

    /// Length of the text nodes that are direct children of `id`.
    func ownTextLength(_ id: Tree.NodeID) -> Int {
        var total = 0
        var child = tree[id].firstChild
        while child != Tree.none {
            if tree[child].kind == .text { total += TextStatistics.visibleLength(tree[child].text) }
            child = tree[child].nextSibling
        }
        return total
    }

    private func initialScore(_ id: Tree.NodeID) -> Double {
        var value: Double
        switch tree[id].name {
        case "div", "article", "main": value = 5
        case "section": value = 3
        case "pre", "td", "blockquote": value = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": value = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": value = -5
        default: value = 0
        }
        return value + classWeight(id)
    }

    private func classWeight(_ id: Tree.NodeID) -> Double {
        var weight = 0.0
        for attribute in ["class", "id"] {
            guard let value = tree.attribute(attribute, of: id) else { continue }
            let tokens = ClassNameTokens.split(value).map(String.init)
            if tokens.contains(where: ContentHints.negativeTokens.contains) { weight -= 25 }
            if tokens.contains(where: ContentHints.positiveTokens.contains) { weight += 25 }
        }
        return weight
    }
}
