public import WinnowCore

/// Counts, per site, how many pages of a batch carry each block, so that blocks repeated verbatim
/// across a site's pages (templates, "Follow us on Telegram" footers inside the body) can be removed.
///
/// Deterministic: counts do not depend on the order pages are added. Sites with fewer than
/// `minimumPages` pages are left alone, so a single page is never changed.
public struct BlockCensus: Sendable {
    /// A block is boilerplate when at least this many pages of its site carry it...
    public static let minimumPages = 3
    /// ...and at least this share of the site's pages.
    public static let minimumShare = 0.3

    private var pagesPerSite: [String: Int] = [:]
    private var counts: [String: [UInt64: Int]] = [:]

    public init() {}

    /// The site a page belongs to: its host name, else its site name, else `fallback` (e.g. its folder).
    public static func site(of article: Article, fallback: String) -> String {
        article.metadata.hostname.map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0 }
            ?? article.metadata.sitename ?? fallback
    }

    /// Records one page's blocks (each distinct block once per page).
    public mutating func add(_ article: Article, site: String) {
        pagesPerSite[site, default: 0] += 1
        var seen = Set<UInt64>()
        for line in Self.lines(of: article) { seen.insert(Self.key(line)) }
        for key in seen { counts[site, default: [:]][key, default: 0] += 1 }
    }

    /// `article` without the blocks (or list items) that repeat across its site's pages.
    /// - Returns: the filtered article and the removed lines.
    public func filter(_ article: Article, site: String) -> (article: Article, removed: [String]) {
        let pages = pagesPerSite[site] ?? 0
        guard pages >= Self.minimumPages, let siteCounts = counts[site] else { return (article, []) }
        let needed = max(Self.minimumPages, Int((Double(pages) * Self.minimumShare).rounded(.up)))
        var removed: [String] = []
        func repeated(_ text: String) -> Bool {
            let hit = (siteCounts[Self.key(text)] ?? 0) >= needed
            if hit { removed.append(text) }
            return hit
        }
        var result = article
        result.blocks = article.blocks.compactMap { block in
            switch block {
            case .heading(_, let text), .paragraph(let text), .quote(let text):
                return repeated(text) ? nil : block
            case .list(let ordered, let items):
                let kept = items.filter { !repeated($0) }
                return kept.isEmpty ? nil : .list(ordered: ordered, items: kept)
            case .table, .code:
                return block  // data, kept even when repeated (a site's standing table is still content)
            }
        }
        return (result, removed)
    }

    private static func lines(of article: Article) -> [String] {
        article.blocks.flatMap { block -> [String] in
            switch block {
            case .heading(_, let text), .paragraph(let text), .quote(let text): return [text]
            case .list(_, let items): return items
            case .table, .code: return []
            }
        }
    }

    /// FNV-1a over the lower-cased text: 64 bits make accidental collisions negligible for a batch.
    static func key(_ text: String) -> UInt64 {
        StableHashing.fnv1a64(text.lowercased().utf8)
    }
}
