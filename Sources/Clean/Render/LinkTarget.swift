internal import DOM
internal import Foundation

/// Link and image targets for `--links` and `--images`: absolute http(s) URLs only, so no
/// `javascript:` or `data:` link ever reaches the output.
enum LinkTarget {
    /// `href` resolved against `base`, or nil when it is empty, a fragment, or not http(s).
    static func resolve(_ href: String?, against base: String?) -> String? {
        guard let href = href?.trimmingCharacters(in: .whitespacesAndNewlines), !href.isEmpty, !href.hasPrefix("#")
        else { return nil }
        let baseURL = base.flatMap { URL(string: $0) }
        guard let url = URL(string: href, relativeTo: baseURL)?.absoluteURL,
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https"
        else { return nil }
        return url.absoluteString.replacingOccurrences(of: ")", with: "%29").replacingOccurrences(of: " ", with: "%20")
    }

    /// `![alt](src)` for an image (lazy-loading `data-src` preferred over a placeholder `src`).
    static func image(_ id: Tree.NodeID, in tree: Tree, against base: String?) -> String? {
        let source = tree.attribute(.dataSrc, of: id) ?? tree.attribute(.src, of: id)
        guard let target = resolve(source, against: base) else { return nil }
        let alt = Whitespace.collapse(tree.attribute(.alt, of: id) ?? "").replacingOccurrences(of: "]", with: "\\]")
        return "![\(alt)](\(target))"
    }
}
