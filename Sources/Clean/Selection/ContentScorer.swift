internal import DOM

/// Scores elements as article containers by the text they hold (Readability's density idea).
///
/// A scoring unit is any block-level element (paragraph, cell, div, ...) whose *inline* text — text
/// not inside a nested block, e.g. under `<font>` or `<span>` — has at least 25 bytes. It scores
/// 1 + its commas + one point per 100 bytes (at most 3). The score goes to its parent in full,
/// to the grandparent by half and to the next ancestor by a third, so the element that directly holds
/// many good paragraphs wins. Scores are then scaled by (1 - link density): menus are all links.
struct ContentScorer {
    let tree: Tree
    let removed: [Bool]
    let textLength: [Int]
    let linkLength: [Int]

    /// Block-level elements that are never units themselves: containers and headings.
    static let nonUnits: HTMLTagSet = [
        .ul, .ol, .dl, .table, .tr, .tbody, .thead, .tfoot, .h1, .h2, .h3, .h4, .h5, .h6, .body, .html,
    ]
    static let minBlockLength = 25

    /// Every element's final score (0 for elements that hold no scored block).
    func scores() -> [Double] {
        var score = [Double](repeating: 0, count: tree.count)
        var initialized = [Bool](repeating: false, count: tree.count)
        let (inlineLength, inlineCommas) = inlineText()

        for index in 1..<tree.count where !removed[index] {
            guard inlineLength[index] >= ContentScorer.minBlockLength, tree.nodes[index].kind == .element else { continue }
            let node = tree.nodes[index]
            guard BlockLevel.tags.contains(node.tag), !ContentScorer.nonUnits.contains(node.tag) else { continue }
            if node.tag == .li || node.tag == .td || node.tag == .th {
                // List items and cells count only when they read like prose, not like link lists.
                if Double(linkLength[index]) > 0.5 * Double(textLength[index]) { continue }
            }
            let points = 1.0 + Double(inlineCommas[index]) + min(Double(inlineLength[index]) / 100.0, 3.0)

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

    /// Per element, the length and commas of its inline text: text reached without crossing a
    /// nested block-level element. One backwards pass (children have larger indices than parents).
    func inlineText() -> (length: [Int], commas: [Int]) {
        var length = [Int](repeating: 0, count: tree.count)
        var commas = [Int](repeating: 0, count: tree.count)
        for index in stride(from: tree.count - 1, through: 1, by: -1) where !removed[index] {
            if tree.nodes[index].kind == .text {
                length[index] = Int(tree.nodes[index].visibleLength)
                commas[index] = TextStatistics.commas(in: tree.nodes[index].text)
            } else if BlockLevel.tags.contains(tree.nodes[index].tag) {
                continue  // a block's inline text is its own, not its parent's
            }
            let parent = Int(tree.nodes[index].parent)
            length[parent] += length[index]
            commas[parent] += commas[index]
        }
        return (length, commas)
    }

    private func initialScore(_ id: Tree.NodeID) -> Double {
        var value: Double
        switch tree[id].tag {
        case .div, .article, .main: value = 5
        case .section: value = 3
        case .pre, .td, .blockquote: value = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: value = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: value = -5
        default: value = 0
        }
        return value + classWeight(id)
    }

    private func classWeight(_ id: Tree.NodeID) -> Double {
        var weight = 0.0
        for attribute in [AttributeName.class, .id] {
            guard let value = tree.attribute(attribute, of: id) else { continue }
            let tokens = ClassNameTokens.split(value).map(String.init)
            // Page-builder classes ("elementor-widget-container") are on every element, content or not:
            // their "widget" or "teaser" is no penalty.
            let own = attribute.bit == AttributeName.class.bit ? FrameworkClasses.strip(value).map { ClassNameTokens.split($0).map(String.init) } ?? [] : tokens
            if own.contains(where: ContentHints.negativeTokens.contains) { weight -= 25 }
            if tokens.contains(where: ContentHints.positiveTokens.contains) { weight += 25 }
        }
        return weight
    }
}
