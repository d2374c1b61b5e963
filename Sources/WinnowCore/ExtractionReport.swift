/// Why a page came out the way it did: the container chosen and every block removed, with the rule
/// that removed it. Produced only when asked for (`--explain`), so users can see why text disappeared.
public struct ExtractionReport: Sendable, Hashable {
    /// One removed element or block.
    public struct Removal: Sendable, Hashable {
        /// The start of the removed text (at most about 160 characters).
        public var excerpt: String
        /// Where it sat: tag names with `#id` and `.class`, outermost first (shortened for deep nodes).
        public var path: String
        /// The concept it was removed as (navigation, consent, newsletter, social, related, ...).
        public var category: String
        /// The rule that fired, e.g. `tag:nav`, `class:newsletter`, `phrase:social`, `outside-container`.
        public var rule: String
        /// The removed element's position in document order (comparable with ``ExtractionReport/blockOrder``);
        /// nil when the removal has no place in the page (e.g. `batch-repeated`).
        public var order: Int?

        public init(excerpt: String, path: String, category: String, rule: String, order: Int? = nil) {
            self.excerpt = excerpt
            self.path = path
            self.category = category
            self.rule = rule
            self.order = order
        }
    }

    /// How the content was found: `itemprop-articleBody`, `content-class`, `article-element`,
    /// `density`, `whole-page`, `json-ld` — with `+preamble` when a lead or lead figure was added.
    public var strategy: String
    /// Paths of the chosen container elements, in reading order.
    public var containers: [String]
    /// The encoding the page was decoded with, and how it was decided (bom, transport, meta, detected, defaulted).
    public var encoding: String
    public var encodingSource: String
    /// Removed elements and blocks in document order.
    public var removals: [Removal]
    /// The document-order position of the element each kept block came from, parallel to
    /// `Article.blocks`; nil when the blocks have no place in the page (e.g. taken from JSON-LD).
    /// Lets a view interleave kept blocks and removals as they sat in the page.
    public var blockOrder: [Int]?

    public init(
        strategy: String, containers: [String], encoding: String, encodingSource: String, removals: [Removal],
        blockOrder: [Int]? = nil
    ) {
        self.strategy = strategy
        self.containers = containers
        self.encoding = encoding
        self.encodingSource = encodingSource
        self.removals = removals
        self.blockOrder = blockOrder
    }
}
