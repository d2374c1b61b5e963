internal import DOM
internal import WinnowCore

/// Block-level clean-up after rendering: boilerplate by words, link-only blocks, the title
/// repeated in the body, and repeated blocks.
struct BlockFilter {
    /// Paragraphs shorter than this (in UTF-8 bytes) that are mostly link text are dropped:
    /// inside an article they are "Read more: …" teasers, not prose.
    static let linkParagraphMaxLength = 200

    /// A block the filter removed, with the concept and the rule, for the explain report.
    struct Drop {
        var block: RenderedBlock
        var category: BoilerplateCategory
        var rule: String
    }

    /// Paragraphs at least this long (UTF-8 bytes) are prose: a verbatim repeat among its siblings
    /// is the page's own text, not a reused caption or teaser.
    static let repeatedProseMinLength = 200

    /// Headings longer than this (in words) are never dropped for introducing boilerplate.
    static let maxLabelHeadingWords = 10

    var tree: Tree
    var title: String?
    var tuning: Tuning

    /// A block the filter keeps (so far), with its text for later rules.
    private struct Kept {
        var rendered: RenderedBlock
        var text: BlockText
    }

    func apply(_ blocks: [RenderedBlock]) -> (kept: [Block], dropped: [Drop]) {
        var kept: [Kept] = []
        var droppedAtEnd = false
        var dropped: [Drop] = []
        var seen: [FoldedText: Tree.NodeID] = [:]  // block text (as lower case) -> parent of its first occurrence
        seen.reserveCapacity(blocks.count)
        let normalizedTitle = title.map { FoldedText($0) }
        var titleSkipped = false

        // Each block's text joined, lower-cased and counted once: for repeats here, the title and the rules.
        let texts = blocks.map { BlockText($0.block) }
        let repeats = Self.repeatFlags(texts.map(\.key))
        for (position, original) in blocks.enumerated() {
            let (rendered, labels) = withoutLabelItems(original)
            if let labels { dropped.append(labels) }
            let block = rendered.block
            let text = labels == nil ? texts[position] : BlockText(block)
            if let (category, rule) = verdict(for: rendered, text: text) {
                dropped.append(Drop(block: rendered, category: category, rule: rule))
                // A dateline or photo credit under a headline says nothing about the headline.
                if category == .metadata || category == .credits { continue }
                droppedAtEnd = true
                // A heading that introduced boilerplate ("More on this topic") goes with it; a heading
                // that is a whole sentence is the story's subheading, whatever follows it.
                if let heading = kept.last, Self.isLabelHeading(heading) {
                    kept.removeLast()
                    dropped.append(Drop(block: heading.rendered, category: category, rule: "heading-of-removed"))
                }
                continue
            }
            // The title is output on its own; old layouts set it as a bold paragraph, not a heading.
            if !titleSkipped, kept.count < 3, let normalizedTitle, text.key == normalizedTitle {
                switch block {
                case .heading, .paragraph:
                    titleSkipped = true
                    continue
                default:
                    break
                }
            }
            // No block twice: sites repeat captions, pull quotes and teaser lines, and hidden
            // responsive copies of the story sit in another wrapper. A long paragraph repeated under
            // the same parent as its first occurrence is kept: a refrain, a repeated step, the text.
            let parent = tree[rendered.node].parent
            if case .code = block {} else if let firstParent = seen[text.key] {
                // A repeated paragraph next to new text in its own wrapper is the author's (a refrain, a
                // summary); a responsive or hidden copy of the story sits in a wrapper of copies.
                let amongNew = [position - 1, position + 1].contains { near in
                    blocks.indices.contains(near) && !repeats[near] && tree[blocks[near].node].parent == parent
                }
                let prose = (firstParent == parent || amongNew) && text.text.utf8.count >= Self.repeatedProseMinLength
                if case .paragraph = block, prose {} else {
                    dropped.append(Drop(block: rendered, category: .repeated, rule: "repeated-block"))
                    continue
                }
            } else {
                seen[text.key] = parent
            }
            kept.append(Kept(rendered: rendered, text: text))
            droppedAtEnd = false
        }
        // Contact boxes are recognised as a run of lines, not line by line. Long blocks only end runs:
        // they are passed as written (lower case shrinks text by a third at most).
        let contact = ContactBoxes.find(in: kept.map { block in
            block.text.text.utf8.count >= 2 * ContactBoxes.maxLineLength ? block.text.text : block.text.lowered
        })
        if !contact.isEmpty {
            for index in contact.sorted() {
                dropped.append(Drop(block: kept[index].rendered, category: .authorBox, rule: "contact-box"))
            }
            droppedAtEnd = droppedAtEnd || contact.contains(kept.count - 1)
            kept = kept.indices.filter { !contact.contains($0) }.map { kept[$0] }
        }
        // A biography of the writer closes the article.
        for index in kept.indices.suffix(AuthorBioRules.lastBlocks).reversed() {
            guard case .paragraph = kept[index].rendered.block, AuthorBioRules.isBio(kept[index].text.lowered) else { continue }
            dropped.append(Drop(block: kept[index].rendered, category: .authorBox, rule: "author-bio"))
            kept.remove(at: index)
            droppedAtEnd = true
        }
        // A heading followed only by dropped blocks introduced boilerplate.
        while droppedAtEnd, let heading = kept.last, Self.isLabelHeading(heading) {
            kept.removeLast()
            dropped.append(Drop(block: heading.rendered, category: .related, rule: "heading-of-removed"))
        }
        return (kept.map(\.rendered.block), dropped)
    }

    /// A heading short enough to be the label of what follows it, not a sentence.
    private static func isLabelHeading(_ kept: Kept) -> Bool {
        guard case .heading = kept.rendered.block else { return false }
        return kept.text.words <= maxLabelHeadingWords
    }

    /// Per block, whether its text occurred in an earlier block.
    private static func repeatFlags(_ keys: [FoldedText]) -> [Bool] {
        var seen = Set<FoldedText>()
        return keys.map { !seen.insert($0).inserted }
    }

    /// `rendered` without the list items that are bare widget labels ("Anzeige", "Drucken" in a tag
    /// list), and a drop report for them; a list of labels only is left whole for `verdict`.
    private func withoutLabelItems(_ rendered: RenderedBlock) -> (RenderedBlock, Drop?) {
        guard case .list(let ordered, let items) = rendered.block, items.count >= 2 else { return (rendered, nil) }
        var kept: [String] = []
        var removed: [String] = []
        var category: BoilerplateCategory? = nil
        for item in items {
            if let match = PhraseRules.match(item, maxWords: 0) {
                removed.append(item)
                category = category ?? match
            } else {
                kept.append(item)
            }
        }
        guard let category, !kept.isEmpty else { return (rendered, nil) }
        var trimmed = rendered
        trimmed.block = .list(ordered: ordered, items: kept)
        var labels = rendered
        labels.block = .list(ordered: ordered, items: removed)
        return (trimmed, Drop(block: labels, category: category, rule: "phrase:\(category.rawValue)"))
    }

    /// A list whose items mostly start with a slide counter of one total ("1/50 …", "2/50 …"): an
    /// embedded gallery of other stories or photos, whatever its class names say. The counters must
    /// differ and count to 5 or more, so a recipe's "1/4 cup", "3/4 cup" is not a slideshow.
    static func isSlideshow(_ items: [String]) -> Bool {
        guard items.count >= 3 else { return false }
        var slides: [Int: Set<Int>] = [:]  // total -> the distinct k of items counted "k/total"
        for item in items {
            if let (index, total) = slideCounter(item), total >= 5 { slides[total, default: []].insert(index) }
        }
        guard let counted = slides.values.map(\.count).max() else { return false }
        return counted >= 3 && counted * 5 >= items.count * 3
    }

    /// A leading "k/N" counter with 1 ≤ k ≤ N, followed by a space or the end; nil otherwise.
    private static func slideCounter(_ text: String) -> (index: Int, total: Int)? {
        var bytes = text.utf8.makeIterator()
        var index = 0, total = 0, digits = 0
        var sawSlash = false
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 5 else { return nil }
                digits += 1
                if sawSlash { total = total * 10 + Int(byte - 48) } else { index = index * 10 + Int(byte - 48) }
            case UInt8(ascii: "/") where !sawSlash && digits > 0:
                sawSlash = true
                digits = 0
            case UInt8(ascii: " ") where sawSlash && digits > 0:
                return index >= 1 && index <= total ? (index, total) : nil
            default:
                return nil
            }
        }
        return sawSlash && digits > 0 && index >= 1 && index <= total ? (index, total) : nil
    }

    private func verdict(for rendered: RenderedBlock, text: BlockText) -> (BoilerplateCategory, String)? {
        switch rendered.block {
        case .code, .table:
            return nil
        case .list(_, let items):
            if rendered.linkShare > tuning.linkShare && items.count >= 2 { return (.related, "link-density") }
            if Self.isSlideshow(items) { return (.related, "slideshow-counter") }
            guard items.count == 1, let category = PhraseRules.match(text, maxWords: tuning.phraseMaxWords) else { return nil }
            return (category, "phrase:\(category.rawValue)")
        case .paragraph, .quote, .heading:
            if rendered.linkShare > tuning.linkShare && text.text.utf8.count < BlockFilter.linkParagraphMaxLength {
                return (.related, "link-density")
            }
            if case .paragraph = rendered.block, CreditRules.endsWithCredit(text.lowered, words: text.words) {
                return (.credits, "caption-credit")
            }
            guard let category = PhraseRules.match(text, maxWords: tuning.phraseMaxWords) else { return nil }
            return (category, "phrase:\(category.rawValue)")
        }
    }
}
