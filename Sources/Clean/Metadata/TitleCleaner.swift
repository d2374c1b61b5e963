import Foundation

/// Removes site-name parts from titles: "Headline | Site", "Headline - Site", "Site: Headline".
///
/// Two rules, the strict one first: a part that matches a known site name (from `og:site_name`, JSON-LD,
/// `application-name` or the host name) goes wherever it is; otherwise a short last part after a strong
/// separator goes, as readers expect ("Headline | Section | Site"). Neither applies when the rest would be
/// too short to be a headline: "Home | Site" stays as it is.
enum TitleCleaner {
    /// Separators between a headline and a site name, with the spaces that make them separators
    /// ("Spider-Man" has no spaces around its dash).
    static let separators = [
        " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", " ~ ",
    ]
    /// Separators that also end a generic (unknown) site suffix.
    static let strongSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "]
    /// Most words in a part removed without a known site name to justify it.
    static let maxSuffixWords = 4
    /// Fewest characters a title keeps after removing a part.
    static let minRemainingCharacters = 12

    /// `title` without site-name parts.
    /// - Parameters:
    ///   - siteNames: names the site goes by (may be empty).
    ///   - host: the page's host, whose labels also identify the site.
    static func clean(_ title: String, siteNames: [String], host: String?) -> String {
        let keys = siteNames.map(MetadataText.compact).filter { $0.count >= 2 }
        let labels = PageURL.siteLabels(of: host)
        func isSite(_ part: String) -> Bool {
            let compact = MetadataText.compact(part)
            guard !compact.isEmpty else { return false }
            if keys.contains(compact) { return true }
            // A part may extend the site name ("Site News Online"), or abbreviate it by at most a third:
            // "Syria" is not "Syria News" ("Syria: Headline" is a dateline, not a site prefix).
            if keys.contains(where: {
                $0.count >= 4 && (compact.hasPrefix($0) || ($0.hasPrefix(compact) && 3 * compact.count >= 2 * $0.count))
            }) {
                return MetadataText.wordCount(part) <= 6
            }
            return labels.contains { label in
                compact == label
                    || (label.count >= 3 && compact.hasPrefix(label) && MetadataText.wordCount(part) <= 4)
                    || (compact.count >= 4 && label.hasPrefix(compact) && 3 * compact.count >= 2 * label.count)
            }
        }
        func longEnough(_ rest: String) -> Bool {
            rest.count >= minRemainingCharacters || MetadataText.wordCount(rest) >= 3
        }

        var current = title
        // Known site names, at either end, possibly several times ("A | Section | Site").
        var changed = true
        var rounds = 0
        while changed && rounds < 4 {
            changed = false
            rounds += 1
            for separator in separators + [": "] {
                if let range = ByteSearch.range(of: separator, in: current, backwards: true) {
                    let head = String(current[..<range.lowerBound])
                    let tail = String(current[range.upperBound...])
                    if isSite(tail) && longEnough(head) {
                        current = head
                        changed = true
                        break
                    }
                }
                if let range = ByteSearch.range(of: separator, in: current) {
                    let head = String(current[..<range.lowerBound])
                    let tail = String(current[range.upperBound...])
                    if isSite(head) && longEnough(tail) {
                        current = tail
                        changed = true
                        break
                    }
                }
            }
        }
        if current != title { return trimmed(current) }

        // No known name: drop one short trailing part after a strong separator.
        if let suffix = genericSuffix(of: current) {
            let head = String(current.dropLast(suffix.count + suffix.separator.count))
            if longEnough(head) && MetadataText.wordCount(head) > MetadataText.wordCount(suffix.text) {
                return trimmed(head)
            }
        }
        return trimmed(current)
    }

    /// The last part of `title` after a strong separator when it is short enough to be a site name.
    static func genericSuffix(of title: String) -> (text: String, separator: String, count: Int)? {
        var best: (text: String, separator: String, count: Int)?
        for separator in strongSeparators {
            guard let range = ByteSearch.range(of: separator, in: title, backwards: true) else { continue }
            let tail = String(title[range.upperBound...])
            guard MetadataText.wordCount(tail) <= maxSuffixWords, !tail.isEmpty else { continue }
            // The separator closest to the end wins ("A - B | Site" ends with "Site").
            if let shorter = best, shorter.count <= tail.count { continue }
            best = (tail, separator, tail.count)
        }
        return best
    }

    private static func trimmed(_ value: String) -> String {
        MetadataText.clean(value, limit: MetadataText.titleLimit) ?? value
    }
}
