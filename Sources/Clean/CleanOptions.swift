/// Settings for cleaning one page. Defaults are what `winnow clean` uses.
public struct CleanOptions: Sendable {
    /// What to favour when a block could be either article or boilerplate.
    public enum Focus: String, Sendable, CaseIterable {
        /// Drop doubtful blocks: cleaner text, some article text may be lost.
        case precision
        /// The default trade-off, tuned on the evaluation sets.
        case balanced
        /// Keep doubtful blocks: more complete text, some boilerplate may stay.
        case recall
    }

    /// Largest page accepted, in bytes (default 50 MiB); larger pages are a `tooLarge` error.
    public var maxBytes: Int
    /// Most DOM nodes accepted per page (default 2,000,000).
    public var maxNodes: Int
    /// Attributes kept per element (default 64); the rest are dropped before libxml2 sees them,
    /// since its attribute handling is quadratic per tag. Not an error: the page is still cleaned.
    public var maxAttributes = 64
    /// Longest attribute value kept, in bytes (default 16 KiB); longer values are cut.
    public var maxAttributeBytes = 16_384
    /// Most seconds spent on one page (default 30), checked between passes; a page over it is a
    /// `limitExceeded` error. 0 or less turns the check off.
    public var maxSeconds: Double = 30
    /// Precision/recall trade-off (default `.balanced`).
    public var focus: Focus
    /// Record what was removed and why in `Article.report` (default off: it costs time).
    public var explain: Bool
    /// Keep data tables (default on); off drops them. Layout tables always render as text.
    public var tables = true
    /// Write links as Markdown `[text](url)` (default off).
    public var links = false
    /// Write images as Markdown `![alt](src)` (default off).
    public var images = false
    /// Extract the comment thread into `Article.comments` instead of only dropping it (default off).
    public var comments = false

    public init(maxBytes: Int = 50 << 20, maxNodes: Int = 2_000_000, focus: Focus = .balanced, explain: Bool = false) {
        self.maxBytes = maxBytes
        self.maxNodes = maxNodes
        self.focus = focus
        self.explain = explain
    }
}
