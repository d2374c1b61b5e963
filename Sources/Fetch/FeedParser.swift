internal import DOM
internal import Foundation

/// Reads page URLs from sitemaps (RFC-less sitemaps.org 0.9, news and image extensions) and feeds
/// (RSS 0.9x/2.0, RSS 1.0/RDF, Atom), parsed with libxml2's XML parser (see ``XMLTreeParser``).
enum FeedParser {
    struct Listing: Sendable {
        /// Nested sitemaps (from a sitemap index).
        var sitemaps: [String] = []
        /// Page URLs.
        var pages: [String] = []
    }

    static func parse(_ bytes: [UInt8], url: String) throws(FetchError) -> Listing {
        let tree: Tree
        do {
            tree = try XMLTreeParser.parse(bytes)
        } catch .entityDeclaration {
            throw FetchError(.invalidDocument, "refused: the document's DTD declares entities", url: url)
        } catch {
            throw FetchError(.invalidDocument, "not a readable XML document (\(error))", url: url)
        }
        guard let root = tree.children(of: Tree.root).first(where: { tree[$0].kind == .element }) else {
            throw FetchError(.invalidDocument, "no root element", url: url)
        }
        var listing = Listing()
        switch tree[root].name {
        case "sitemapindex":
            listing.sitemaps = locations(tree, under: root, item: "sitemap")
        case "urlset":
            listing.pages = locations(tree, under: root, item: "url")
        case "rss", "RDF":
            for item in tree.elements(named: "item", under: root) {
                if let link = tree.children(of: item, named: "link").first.map({ text(tree, $0) }), !link.isEmpty {
                    listing.pages.append(link)
                } else if let guid = tree.children(of: item, named: "guid").first,
                    tree.attribute("isPermaLink", of: guid) != "false", text(tree, guid).hasPrefix("http")
                {
                    listing.pages.append(text(tree, guid))
                }
            }
        case "feed":
            for entry in tree.children(of: root, named: "entry") {
                let links = tree.children(of: entry, named: "link")
                let chosen = links.first { (tree.attribute(.rel, of: $0) ?? "alternate") == "alternate" }
                if let href = chosen.flatMap({ tree.attribute(.href, of: $0) }), !href.isEmpty { listing.pages.append(href) }
            }
        default:
            throw FetchError(.invalidDocument, "neither a sitemap nor an RSS/Atom feed (root <\(tree[root].name)>)", url: url)
        }
        return listing
    }

    /// `<item><loc>` texts (direct children only: image sitemaps nest their own `<image:loc>`).
    private static func locations(_ tree: Tree, under root: Tree.NodeID, item: String) -> [String] {
        tree.children(of: root, named: item).compactMap { entry in
            tree.children(of: entry, named: "loc").first.map { text(tree, $0) }.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    private static func text(_ tree: Tree, _ id: Tree.NodeID) -> String {
        tree.textContent(of: id).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
