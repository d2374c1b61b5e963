internal import DOM

/// Bottom-up text measures of a tree, computed in one pass over the node array.
///
/// Nodes are stored in document order, so every child has a larger index than its parent: walking
/// the array backwards visits children before parents without recursion.
enum TextStatistics {
    /// Length of the whitespace-collapsed text below each node, in UTF-8 bytes (an approximation
    /// good enough for shares and densities).
    static func subtreeTextLength(_ tree: Tree, excluding removed: [Bool]? = nil) -> [Int] {
        var length = [Int](repeating: 0, count: tree.count)
        for index in stride(from: tree.count - 1, through: 1, by: -1) {
            if let removed, removed[index] { continue }
            length[index] += Int(tree.nodes[index].visibleLength)
            length[Int(tree.nodes[index].parent)] += length[index]
        }
        return length
    }

    /// Length of text inside `<a>` elements below each node.
    static func subtreeLinkTextLength(_ tree: Tree, textLength: [Int], excluding removed: [Bool]) -> [Int] {
        var length = [Int](repeating: 0, count: tree.count)
        for index in stride(from: tree.count - 1, through: 1, by: -1) {
            if removed[index] { continue }
            if tree.nodes[index].tag == .a { length[index] = textLength[index] }
            length[Int(tree.nodes[index].parent)] += length[index]
        }
        return length
    }

    /// Paragraphs (`<p>` with at least 80 bytes of text) below each node, counted on the whole page.
    static func subtreeProseParagraphs(_ tree: Tree, textLength: [Int]) -> [Int] {
        var count = [Int](repeating: 0, count: tree.count)
        for index in stride(from: tree.count - 1, through: 1, by: -1) {
            if textLength[index] >= 80 && tree.nodes[index].tag == .p {
                count[index] += 1
            }
            count[Int(tree.nodes[index].parent)] += count[index]
        }
        return count
    }

    /// Counts ",", "，", "、" and "،" by their UTF-8 bytes (over the string's own buffer: this runs for
    /// every text node the scorer sees).
    static func commas(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var total = 0
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == 44 {
                    total += 1
                } else if byte == 0x8C || byte == 0x81, index >= 1 {
                    // "，" EF BC 8C, "、" E3 80 81, "،" D8 8C
                    let before = bytes[index - 1]
                    if byte == 0x8C && before == 0xD8 {
                        total += 1
                    } else if index >= 2 {
                        let first = bytes[index - 2]
                        if (byte == 0x8C && first == 0xEF && before == 0xBC) || (byte == 0x81 && first == 0xE3 && before == 0x80) {
                            total += 1
                        }
                    }
                }
            }
            return total
        }
    }
}
