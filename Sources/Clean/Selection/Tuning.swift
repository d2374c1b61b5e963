/// The thresholds that `CleanOptions.Focus` moves, in one place.
struct Tuning: Sendable {
    /// Siblings of the density winner join it when they score at least this share of its score.
    var siblingShare: Double
    /// Paragraphs and lists with at least this share of link text (and short) are dropped.
    var linkShare: Double
    /// Blocks with more words than this are never dropped by a phrase.
    var phraseMaxWords: Int
    /// Whether a lead or lead figure before the body container is added.
    var includePreamble: Bool

    init(_ focus: CleanOptions.Focus) {
        switch focus {
        case .precision:
            self.init(siblingShare: 0.3, linkShare: 0.6, phraseMaxWords: 60, includePreamble: false)
        case .balanced:
            self.init(siblingShare: 0.2, linkShare: 0.8, phraseMaxWords: 40, includePreamble: true)
        case .recall:
            self.init(siblingShare: 0.1, linkShare: 0.95, phraseMaxWords: 20, includePreamble: true)
        }
    }

    init(siblingShare: Double, linkShare: Double, phraseMaxWords: Int, includePreamble: Bool) {
        self.siblingShare = siblingShare
        self.linkShare = linkShare
        self.phraseMaxWords = phraseMaxWords
        self.includePreamble = includePreamble
    }
}
