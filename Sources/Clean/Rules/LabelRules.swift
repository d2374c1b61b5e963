/// Short lines recognised by how they start or by being made of widget labels only.
enum LabelRules {
    /// Figure and picture numbers that open a caption ("Abbildung 4: …", "Fig. 2.", "Bild3: …").
    static let captionNumbers = ["abbildung", "abb.", "figure", "fig.", "bild", "grafik", "image", "foto", "photo"]

    /// Post navigation: the title of the neighbouring post behind a label.
    static let neighbourPostPrefixes = [
        "nachfolgebeitrag", "vorgängerbeitrag", "vorheriger beitrag", "nächster beitrag", "previous post",
        "next post", "article précédent", "article suivant", "entrada anterior", "siguiente entrada",
        "articolo precedente", "articolo successivo",
    ]
    private static let neighbourPostPrefixSet = PrefixSet(neighbourPostPrefixes)
    static let maxNeighbourWords = 15

    /// Words widgets print next to the labels of `PhraseRules` ("Bild schließen", "Bei Pinterest speichern").
    static let widgetWords: Set<String> = [
        "bild schließen", "schließen", "drucken", "bei pinterest speichern", "zum rezept", "speichern", "merken",
        "save", "close", "imprimer", "imprimir", "stampa", "|", "·", "•", "kommentarfeed", "trackback", "trackback-url",
        "permalink", "rss",
    ]

    /// The category of `label` (lower-cased, trimmed) when one of the rules matches.
    static func match(_ label: String, words: Int) -> BoilerplateCategory? {
        if words <= PhraseRules.maxWords && isNumberedCaption(label) { return .credits }
        if words <= maxNeighbourWords && neighbourPostPrefixSet.isPrefix(of: label) {
            return .navigation
        }
        return labelSequence(label)
    }

    /// "Abbildung 4: klassische Schwachschicht.": a caption word, a number, then ":" or ".".
    static func isNumberedCaption(_ label: String) -> Bool {
        for word in captionNumbers where label.hasBytePrefix(word) {
            let rest = label.dropFirst(word.count).drop(while: { $0 == " " })
            let digits = rest.prefix(while: \.isNumber)
            if !digits.isEmpty, let next = rest.dropFirst(digits.count).first, next == ":" || next == "." {
                return true
            }
        }
        return false
    }

    /// A line of two to eight words that splits into widget labels only ("Zum Rezept Drucken Pinnen",
    /// "Bild anzeigen Bild schließen"): buttons rendered side by side.
    static func labelSequence(_ label: String) -> BoilerplateCategory? {
        // Counted on bytes before splitting: most blocks are longer than any row of labels.
        guard (2...8).contains(PhraseRules.wordCount(label)) else { return nil }
        let words = Self.words(label)
        // A row starts with the first word of a label: one lookup rules out most lines.
        guard segmentFirstWords.contains(words[0]) else { return nil }
        // splits[i]: the first i words split into labels of up to four words.
        var splits = [Bool](repeating: false, count: words.count + 1)
        splits[0] = true
        for i in 0..<words.count where splits[i] {
            for length in 1...min(4, words.count - i) {
                let segment = words[i..<(i + length)].joined(separator: " ")
                if segments.contains(segment) { splits[i + length] = true }
            }
        }
        return splits[words.count] ? .navigation : nil
    }

    /// `label.split(separator: " ")`, on bytes when the label is ASCII: there every byte is a Character
    /// (CR LF aside, which holds no space), so the splits agree without walking Characters.
    static func words(_ label: String) -> [Substring] {
        guard label.utf8.allSatisfy({ $0 < 0x80 }) else { return label.split(separator: " ") }
        return label.utf8.split(separator: 0x20).map { Substring($0) }
    }

    /// What a row of labels splits into: the whole-line labels of `PhraseRules` and the widget words.
    private static let segments = Set(PhraseRules.lineTable.keys).union(widgetWords)
    private static let segmentFirstWords = Set(segments.compactMap { $0.split(separator: " ").first })
}
