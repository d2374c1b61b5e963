/// Scores how plausible a byte sample is as text in one single-byte encoding.
///
/// Each byte 0x80-0xFF is decoded through the encoding's table and judged against its neighbours: real text has
/// letters of one script per word, capitals at word starts and not inside words, accented Latin letters between
/// ASCII letters rather than in long runs, and no undefined bytes or symbols wedged between letters. Text in the
/// wrong encoding breaks these rules constantly (German "für" read as windows-1251 is "fьr"; Russian read as
/// KOI8-R is all capitals; Chinese read as windows-1252 is "ÖÐÎÄ").
struct SingleByteModel: Sendable {
    let charset: Charset
    private let traits: [ByteTrait]

    /// - Parameters:
    ///   - highHalf: the 128 characters bytes 0x80-0xFF decode to, U+FFFD where iconv rejects the byte.
    ///   - commonLetters: letters frequent in the languages written in this encoding; other letters count half.
    init(_ charset: Charset, highHalf: String, commonLetters: String) {
        self.charset = charset
        let common = Set(commonLetters.unicodeScalars)
        var traits = (0..<128).map { ByteTrait(ascii: UInt8($0)) }
        for scalar in highHalf.unicodeScalars {
            traits.append(ByteTrait(scalar, isCommon: common.contains(scalar)))
        }
        precondition(traits.count == 256, "\(charset) table must have 128 characters")
        self.traits = traits
    }

    /// The mean plausibility per non-ASCII byte: about 1 for fitting text, below 0 for the wrong encoding.
    /// Nil when the sample has no non-ASCII byte.
    func score(_ sample: [UInt8]) -> Double? {
        var total = 0.0
        var count = 0
        let space = traits[0x20]
        for index in sample.indices where sample[index] >= 0x80 {
            let trait = traits[Int(sample[index])]
            let previous = index > 0 ? traits[Int(sample[index - 1])] : space
            let next = index + 1 < sample.count ? traits[Int(sample[index + 1])] : space
            count += 1
            switch trait.kind {
            case .invalid:
                total -= 5  // iconv rejects it, or a C1 control: no real page has these
            case .neutral:
                break
            case .punctuation:
                total += 0.2
            case .symbol:
                if previous.kind == .letter && next.kind == .letter { total -= 1 }
            case .mark:
                total += previous.kind == .letter && previous.script == trait.script ? 0.5 : -1
            case .letter:
                total += letterScore(trait, previous: previous, next: next)
            }
        }
        return count == 0 ? nil : total / Double(count)
    }

    private func letterScore(_ letter: ByteTrait, previous: ByteTrait, next: ByteTrait) -> Double {
        var score = letter.isCommon ? 1.0 : 0.5
        let mixedScript =
            (previous.kind == .letter && previous.script != letter.script)
            || (next.kind == .letter && next.script != letter.script)
        if mixedScript { score -= 1.5 }
        if letter.isUpper && previous.kind == .letter {
            // A capital after a small letter does not happen inside words; runs of capitals are rare.
            score -= previous.isLower ? 1.5 : 0.5
        }
        if letter.script == .latin && previous.isHighLetter && next.isHighLetter {
            score -= 1.5  // three accented Latin letters in a row: CJK or Cyrillic bytes, not a Latin language
        }
        return score
    }
}

/// What one byte decodes to, reduced to what the plausibility rules look at.
struct ByteTrait: Sendable {
    enum Kind: Sendable { case letter, mark, punctuation, symbol, neutral, invalid }
    enum Script: Sendable { case none, latin, cyrillic, greek, arabic, other }

    var kind: Kind
    var script: Script = .none
    var isUpper = false
    var isLower = false
    var isCommon = false
    /// A letter from byte 0x80-0xFF.
    var isHighLetter = false

    init(ascii byte: UInt8) {
        switch byte {
        case 0x41...0x5A:
            kind = .letter
            script = .latin
            isUpper = true
        case 0x61...0x7A:
            kind = .letter
            script = .latin
            isLower = true
        default: kind = .neutral
        }
    }

    init(_ scalar: Unicode.Scalar, isCommon: Bool) {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter: kind = .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: kind = .mark
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .spaceSeparator:
            kind = .punctuation
        case .control, .surrogate, .privateUse, .unassigned: kind = .invalid
        case .format: kind = .neutral  // soft hyphen, ZWNJ/ZWJ and direction marks in Persian text
        default: kind = scalar == "\u{FFFD}" ? .invalid : .symbol
        }
        if scalar == "\u{FFFD}" { kind = .invalid }
        switch scalar.value {
        case 0x41...0x24F, 0x1E00...0x1EFF: script = .latin
        case 0x370...0x3FF: script = .greek
        case 0x400...0x52F: script = .cyrillic
        case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: script = .arabic
        default: script = .other
        }
        isUpper = properties.isUppercase
        isLower = properties.isLowercase
        self.isCommon = isCommon
        isHighLetter = kind == .letter
    }
}
