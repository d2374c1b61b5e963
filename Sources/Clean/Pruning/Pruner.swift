internal import DOM

/// Marks boilerplate elements of a parsed page by structure and class/id vocabulary.
///
/// It marks, it does not delete: the tree stays intact so later passes (and the explain report) can
/// still see what was removed. A removed element's whole subtree counts as removed.
struct Pruner {
    /// Rules that go by name (class/id, furniture tags) spare an element holding at least this share of
    /// the page's text: a `cookie` token on an article wrapper must not delete the article.
    static let guardShare = 0.4

    /// An element hidden by inline style is removed unless it holds at least this share of the text.
    static let hiddenPageShare = 0.9

    /// Class/id rules also spare an element labelled as content ("entry share", "post-content
    /// elementor-widget") when it holds at least this many prose paragraphs: themes put share and
    /// widget classes on the article wrapper itself.
    static let protectedParagraphs = 2

    let tree: Tree
    let textLength: [Int]
    let proseParagraphs: [Int]
    /// Per node: it is, or contains, an element labelled as the article body that holds an article's
    /// worth of text. Name rules never remove such a node (Blogger wraps every post in
    /// `class="widget Blog"`, some themes put the article inside `class="article-and-aside"`).
    let holdsLabelledArticle: [Bool]

    init(tree: Tree) {
        self.tree = tree
        self.textLength = TextStatistics.subtreeTextLength(tree)
        self.proseParagraphs = TextStatistics.subtreeProseParagraphs(tree, textLength: textLength)
        var holds = [Bool](repeating: false, count: tree.count)
        for index in stride(from: tree.count - 1, through: 1, by: -1) {
            if !holds[index] && tree.nodes[index].kind == .element {
                holds[index] = Pruner.isLabelledArticle(Int32(index), tree, textLength[index], proseParagraphs[index])
            }
            if holds[index] { holds[Int(tree.nodes[index].parent)] = true }
        }
        self.holdsLabelledArticle = holds
    }

    /// An `<article>` with at least 1,000 bytes of text, or 400 in two prose paragraphs; an
    /// `itemprop=articleBody` or a CMS body class ("entry-content", "post-body") with 400 bytes in any
    /// form (blog posts separate paragraphs with `<br>`) — and no boilerplate name of its own (a long
    /// comment is no article). `<article>` needs more because sites also use it for teaser cards.
    static func isLabelledArticle(_ id: Tree.NodeID, _ tree: Tree, _ text: Int, _ paragraphs: Int) -> Bool {
        guard text >= 400 else { return false }
        let classes = tree.attribute(.class, of: id)
        let identifier = tree.attribute(.id, of: id)
        let namedBody = tree.attribute(.itemprop, of: id)?.lowercased() == "articlebody"
            || ContentHints.hasBodyClass(classes) || ContentHints.hasBodyClass(identifier)
        let longArticle = tree[id].tag == .article && (text >= 1000 || paragraphs >= 2)
        return (namedBody || longArticle) && ClassTokenRules.match(classes: classes, id: identifier) == nil
    }

    /// Returns, per node, whether it was removed, plus the list of removals (outermost only).
    func prune() -> (removed: [Bool], removals: [Removal]) {
        var removed = [Bool](repeating: false, count: tree.count)
        var removals: [Removal] = []
        let pageText = max(textLength[Int(Tree.root)], 1)
        var articleDepth = 0  // how many <article>/<main> ancestors the walk is inside

        tree.walk(
            under: Tree.root,
            enter: { id in
                let node = tree[id]
                guard node.kind == .element else { return .skipChildren }
                let share = Double(textLength[Int(id)]) / Double(pageText)
                if let (category, rule) = verdict(for: id, share: share, insideArticle: articleDepth > 0) {
                    removed[Int(id)] = true
                    removals.append(Removal(node: id, category: category, rule: rule))
                    return .skipChildren
                }
                if node.tag == .article || node.tag == .main { articleDepth += 1 }
                return .descend
            },
            exit: { id in
                let node = tree[id]
                if !removed[Int(id)] && (node.tag == .article || node.tag == .main) { articleDepth -= 1 }
            })
        // Propagate to descendants so later passes can test any node directly.
        for index in 1..<tree.count where !removed[index] {
            let parent = tree.nodes[index].parent
            if parent != Tree.none && removed[Int(parent)] { removed[index] = true }
        }
        return (removed, removals)
    }

    /// A consent notice short enough to be nothing else (under 1,000 bytes of text and at most one
    /// prose paragraph, named `consent` by its class/id): the share guard does not spare it, so a page
    /// that is only a cookie wall comes out empty instead of as the wall's text. A short article in a
    /// wrapper with a `cookie` token has two prose paragraphs or more and stays guarded.
    private func isConsentWall(_ id: Tree.NodeID) -> Bool {
        guard textLength[Int(id)] < 1000, proseParagraphs[Int(id)] < 2, !holdsLabelledArticle[Int(id)] else {
            return false
        }
        let classes = FrameworkClasses.strip(tree.attribute(.class, of: id))
        let identifier = IdentifierSlugs.usable(tree.attribute(.id, of: id))
        guard classes != nil || identifier != nil else { return false }
        return ClassTokenRules.match(classes: classes, id: identifier) == .consent
    }

    private func verdict(for id: Tree.NodeID, share: Double, insideArticle: Bool) -> (BoilerplateCategory, String)? {
        let tag = tree[id].tag
        if StructureRules.nonContentTags.contains(tag) { return (.script, "tag:\(tag.name)") }
        // The page itself: its classes describe the layout or a state ("no-sidebars",
        // "cookie-banner-open", "nav-open"), never that the page is boilerplate.
        if tag == .body || tag == .html { return nil }
        let guarded = share >= Pruner.guardShare && !isConsentWall(id)
        if tree.attribute(.hidden, of: id) != nil && !guarded { return (.hidden, "attr:hidden") }
        if tree.attribute(.ariaHidden, of: id) == "true" && !guarded { return (.hidden, "attr:aria-hidden") }
        // Inline style hides what a reader never sees, so only a page-sized wrapper (90% of the text:
        // a body that a script shows once loaded) is spared, not every element over the share guard.
        if let style = tree.attribute(.style, of: id), StructureRules.styleHides(style),
            !guarded || share < Pruner.hiddenPageShare
        {
            return (.hidden, "attr:style")
        }
        if guarded || holdsLabelledArticle[Int(id)] { return nil }
        if let category = StructureRules.furnitureCategory(tag) { return (category, "tag:\(tag.name)") }
        // A header outside <article> is the site's, unless it is labelled as the article's ("article-header").
        if tag == .header && !insideArticle && !ContentHints.labelsContent(tree.attribute(.class, of: id)) {
            return (.header, "tag:header")
        }
        if let role = tree.attribute(.role, of: id)?.lowercased(), let category = StructureRules.furnitureRoles[role] {
            return (category, "role:\(role)")
        }
        if tree.attribute(.itemprop, of: id)?.lowercased() == "articlebody" { return nil }
        let classes = FrameworkClasses.strip(tree.attribute(.class, of: id))
        let identifier = IdentifierSlugs.usable(tree.attribute(.id, of: id))
        if classes != nil || identifier != nil,
            let category = ClassTokenRules.match(classes: classes, id: identifier),
            !(proseParagraphs[Int(id)] >= Pruner.protectedParagraphs && ContentHints.labelsContent(classes))
        {
            return (category, "class:\(category.rawValue)")
        }
        return nil
    }
}
