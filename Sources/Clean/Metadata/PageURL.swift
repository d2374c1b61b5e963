import Foundation

/// URL helpers for metadata: resolving canonical links and images, host names, site labels.
enum PageURL {
    /// `href` resolved against `base`, if the result is an absolute http(s) URL.
    static func resolve(_ href: String, against base: String?) -> String? {
        guard let trimmed = MetadataText.clean(href, limit: MetadataText.urlLimit),
            !trimmed.contains(" ")
        else {
            return nil
        }
        let baseURL = base.flatMap { URL(string: $0) }
        guard let url = URL(string: trimmed, relativeTo: baseURL)?.absoluteURL,
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil
        else { return nil }
        return url.absoluteString
    }

    /// The lower-cased host of `url`, kept as is (a leading "www." stays: the host names the server the
    /// URL points to; `siteLabels` is where "www." is ignored).
    static func host(of url: String) -> String? {
        URL(string: url)?.host?.lowercased()
    }

    /// The path of `url`, or nil.
    static func path(of url: String) -> String? {
        URL(string: url)?.path
    }

    /// True when `url` points at a site's front page ("/" or an empty path).
    static func isFrontPage(_ url: String) -> Bool {
        guard let path = URL(string: url)?.path else { return false }
        return path.isEmpty || path == "/"
    }

    /// The distinctive labels of a host, for matching site names: "www.arstechnica.co.uk" gives
    /// ["arstechnica"]. Drops "www"/"m"/"amp" and the last label(s) that are top-level or second-level
    /// domains.
    static func siteLabels(of host: String?) -> [String] {
        guard let host else { return [] }
        var labels = host.split(separator: ".").map(String.init)
        guard labels.count >= 2 else { return labels }
        labels.removeLast()  // TLD
        if let last = labels.last, labels.count >= 2,
            ["co", "com", "org", "net", "ac", "gov", "edu"].contains(last)
        {
            labels.removeLast()
        }
        return labels.filter {
            !["www", "m", "amp", "mobile", "news", "blog", "blogs"].contains($0) && $0.count >= 3
        }
    }
}
