/// The author's biography that ends an article ("Evan Halper writes about policy…", "Jake is the
/// co-founder of…"): about the writer, not the story. Only the last blocks are checked, and only for
/// phrases that describe a writer's job, so a closing sentence about someone in the news stays.
enum AuthorBioRules {
    /// How many blocks at the end of the text are checked.
    static let lastBlocks = 2
    static let maxWords = 80

    static let phrases = [
        " writes about ", " writes for ", " is the co-founder of", " is a co-founder of", " is the cofounder of",
        " is a freelance ", " is a senior ", " is a staff ", " is a contributing ", " is a reporter ",
        " is an editor ", " is a journalist ", " is a writer ", " has worked as a ", " is the author of ",
        " schreibt über ", " schreibt für ", " ist freier journalist", " ist freie journalistin", " ist redakteur",
        " arbeitet als freie", " écrit sur ", " est journaliste", " escribe sobre ", " es periodista",
    ]

    /// True when the lower-cased `text` reads as a writer's biography: a name, then a job phrase
    /// within its first sentence.
    static func isBio(_ text: String) -> Bool {
        guard PhraseRules.wordCount(text) <= maxWords else { return false }
        let firstSentence = Array(text.utf8.prefix(while: { $0 != UInt8(ascii: ".") }))
        // Most closing paragraphs hold none of the phrases: one pass rules them out.
        guard phraseIndex.firstGroup(in: firstSentence) != nil else { return false }
        return phraseBytes.contains { phrase in
            guard let start = ByteSearch.firstIndex(of: phrase, in: firstSentence) else { return false }
            // At most three words (the name) before the phrase.
            return PhraseRules.wordCount(bytes: firstSentence[..<start]) <= 3
        }
    }

    /// `phrases` as bytes: searched on bytes, not with Foundation's `range(of:)`.
    private static let phraseBytes = phrases.map { Array($0.utf8) }
    private static let phraseIndex = PhraseIndex(phraseBytes.map { ($0, 0) })
}
