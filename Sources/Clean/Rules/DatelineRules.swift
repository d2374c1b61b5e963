/// Publication lines: "Posted on April 21, 2015, at 11:29 a.m.", "Veröffentlicht am 3. Mai 2021".
///
/// The date belongs in the `date` field, not in the article text. Only short lines that start with
/// such a label and hold a digit are matched, so "Updated figures show that..." stays.
enum DatelineRules {
    static let maxWords = 12

    /// Line starts, lower-cased.
    static let prefixes = [
        "posted on", "posted:", "published on", "published:", "updated on", "updated:", "last updated",
        "veröffentlicht am", "veröffentlicht:", "aktualisiert am", "aktualisiert:", "zuletzt aktualisiert",
        "publié le", "mis à jour le", "publicado el", "actualizado el", "publicado em", "atualizado em",
        "pubblicato il", "aggiornato il", "opublikowano", "zaktualizowano", "опубликовано", "обновлено",
        "gepubliceerd op", "bijgewerkt op", "veröffentlichung:", "stand:", "datum:", "date:", "erstellt am",
        "erschienen am", "publiziert am",
    ]
    private static let prefixSet = PrefixSet(prefixes)

    /// True when the lower-cased `text` reads as a publication line.
    static func isDateline(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        guard prefixSet.isPrefix(of: text) else { return false }
        return PhraseRules.wordCount(text) <= maxWords
    }
}
