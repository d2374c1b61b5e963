/// Class names that page builders put on *every* element, content or not: Elementor
/// ("elementor-widget", "elementor-widget-container"), Adobe's core components ("cmp-text",
/// "cmp-teaser") and Drupal Views ("views-row", "view-content"). Their words ("widget", "teaser",
/// "views") say nothing about boilerplate, so they are dropped before the vocabularies are matched.
enum FrameworkClasses {
    static let prefixes = ["elementor-", "cmp-", "cmp_", "views-", "view-"]
    /// Pieces of which every prefix contains one.
    private static let prefixWords = FragmentSet(["cmp", "view", "elementor"])

    static func strip(_ classes: String?) -> String? {
        guard let classes else { return nil }
        // Cheap filter first (called for every element): every prefix contains "cmp", "view" or
        // "elementor"; a byte check for those words avoids lower-casing most class values.
        guard prefixWords.occurs(in: classes) else { return classes }
        let lowered = classes.lowercased()
        guard prefixes.contains(where: { lowered.contains($0) }) else { return classes }
        let kept = classes.split(separator: " ").filter { name in
            let lower = name.lowercased()
            return !prefixes.contains(where: { lower.hasPrefix($0) })
        }
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }
}
