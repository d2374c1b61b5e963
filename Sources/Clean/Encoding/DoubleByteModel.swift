/// Scores how plausible a byte sample is as Chinese (GB18030), Japanese (Windows-31J, EUC-JP) or Korean (UHC) text.
///
/// Structure first: a lead byte must be followed by a legal trail byte, or the bytes are not this encoding.
/// Then frequency: real text is mostly made of the encoding's common block (GB2312 level-1 hanzi and CJK
/// punctuation; kana and level-1 kanji; the 2,350 KS X 1001 Hangul syllables), while text in another encoding
/// lands in rare, extension or user-defined blocks. Where the EUC-style encodings overlap (0xB0-0xC8 leads are
/// hanzi, kanji and Hangul alike), Japanese shows its kana rows (0xA4, 0xA5), and Korean spaces its words with
/// ASCII spaces, which Chinese and Japanese do not.
enum DoubleByteModel: CaseIterable, Sendable {
    case gb18030
    case shiftJIS
    case eucJP
    case eucKR

    var charset: Charset {
        switch self {
        case .gb18030: .gb18030
        case .shiftJIS: .shiftJIS
        case .eucJP: .eucJP
        case .eucKR: .eucKR
        }
    }

    /// Weight of an illegal byte: one is enough to make libxml2 stop, so it outweighs several good characters.
    static let invalidWeight = -5.0

    /// The mean plausibility per non-ASCII byte: about 1 for fitting text, below 0 for the wrong encoding.
    /// Nil when the sample has no non-ASCII byte.
    func score(_ sample: [UInt8]) -> Double? {
        var total = 0.0
        var count = 0
        var index = 0
        var lastCharacterEnd = -10  // index after the last multi-byte character
        while index < sample.count {
            guard sample[index] >= 0x80 else {
                index += 1
                continue
            }
            let (length, weight) = character(in: sample, at: index)
            if length == 0 { break }  // the sample was cut inside a character
            if weight > Self.invalidWeight {
                // "character, space, character" is how Korean separates words.
                if index == lastCharacterEnd + 2 && sample[index - 1] == 0x20 { total += wordSpaceWeight }
                lastCharacterEnd = index + length - 1
            }
            total += weight * Double(length)
            count += length
            index += length
        }
        return count == 0 ? nil : total / Double(count)
    }

    private var wordSpaceWeight: Double {
        switch self {
        case .eucKR: 1
        case .gb18030, .eucJP: -0.5
        case .shiftJIS: 0
        }
    }

    /// The length of the character at `index` (whose byte is >= 0x80) and its per-byte weight; length 1 with
    /// `invalidWeight` for an illegal byte, length 0 when the sample ends inside the character.
    private func character(in sample: [UInt8], at index: Int) -> (Int, Double) {
        switch self {
        case .gb18030: Self.gb18030Character(sample, index)
        case .shiftJIS: Self.shiftJISCharacter(sample, index)
        case .eucJP: Self.eucJPCharacter(sample, index)
        case .eucKR: Self.eucKRCharacter(sample, index)
        }
    }

    private static func gb18030Character(_ sample: [UInt8], _ index: Int) -> (Int, Double) {
        let lead = sample[index]
        guard lead >= 0x81 && lead <= 0xFE else { return (1, invalidWeight) }
        guard index + 1 < sample.count else { return (0, 0) }
        let trail = sample[index + 1]
        if trail >= 0x30 && trail <= 0x39 {
            // Four-byte form: legal, but only for characters outside GBK, rare in text.
            guard index + 3 < sample.count else { return (0, 0) }
            let third = sample[index + 2]
            let fourth = sample[index + 3]
            let legal = third >= 0x81 && third <= 0xFE && fourth >= 0x30 && fourth <= 0x39
            return legal ? (4, -0.5) : (1, invalidWeight)
        }
        guard (trail >= 0x40 && trail <= 0x7E) || (trail >= 0x80 && trail <= 0xFE) else {
            return (1, invalidWeight)
        }
        guard trail >= 0xA1 else { return (2, -0.5) }  // GBK extension blocks
        switch lead {
        case 0xB0...0xD7: return (2, 1)  // GB2312 level 1: the 3,755 most frequent hanzi
        case 0xA1...0xA3: return (2, 1)  // CJK punctuation and full-width forms
        case 0xD8...0xF7: return (2, 0.3)  // level 2 hanzi
        case 0xA4...0xA9: return (2, 0)  // kana, Greek, Cyrillic, box drawing
        case 0xAA...0xAF, 0xF8...0xFE: return (2, -2)  // user-defined areas
        default: return (2, -0.5)  // GBK extension
        }
    }

    private static func shiftJISCharacter(_ sample: [UInt8], _ index: Int) -> (Int, Double) {
        let lead = sample[index]
        if lead >= 0xA1 && lead <= 0xDF { return (1, -0.3) }  // half-width katakana: legal, rare in web text
        guard (lead >= 0x81 && lead <= 0x9F) || (lead >= 0xE0 && lead <= 0xFC) else {
            return (1, invalidWeight)
        }
        guard index + 1 < sample.count else { return (0, 0) }
        let trail = sample[index + 1]
        guard (trail >= 0x40 && trail <= 0x7E) || (trail >= 0x80 && trail <= 0xFC) else {
            return (1, invalidWeight)
        }
        switch lead {
        case 0x81: return (2, 1)  // Japanese punctuation: 、。「」・
        case 0x82:
            if trail >= 0x9F && trail <= 0xF1 { return (2, 1) }  // hiragana
            return (2, trail >= 0x4F && trail <= 0x9A ? 0.3 : -2)  // full-width digits and letters; unassigned
        case 0x83: return (2, trail <= 0x96 ? 1 : 0)  // katakana; Greek
        case 0x84, 0x87: return (2, 0)  // Cyrillic, box drawing; NEC circled numbers
        case 0x88: return (2, trail >= 0x9F ? 1 : -2)  // level 1 kanji start at 0x889F
        case 0x89...0x97: return (2, 1)  // JIS level 1 kanji
        case 0x98: return (2, trail <= 0x72 ? 1 : (trail >= 0x9F ? 0.3 : -2))
        case 0x99...0x9F, 0xE0...0xE9: return (2, 0.3)  // JIS level 2 kanji
        case 0xEA: return (2, trail <= 0xA4 ? 0.3 : -2)
        case 0xED, 0xEE, 0xFA...0xFC: return (2, -0.3)  // NEC/IBM extension kanji
        default: return (2, -2)  // unassigned (0x85, 0x86, 0xEB, 0xEC, 0xEF) and user-defined (0xF0-0xF9)
        }
    }

    private static func eucJPCharacter(_ sample: [UInt8], _ index: Int) -> (Int, Double) {
        let lead = sample[index]
        let length = lead == 0x8F ? 3 : 2  // 0x8F: JIS X 0212 supplementary kanji, three bytes
        guard lead == 0x8E || lead == 0x8F || (lead >= 0xA1 && lead <= 0xFE) else {
            return (1, invalidWeight)
        }
        guard index + length - 1 < sample.count else { return (0, 0) }
        for offset in 1..<length {
            let trail = sample[index + offset]
            guard trail >= 0xA1 && trail <= 0xFE else { return (1, invalidWeight) }
        }
        switch lead {
        case 0xA4, 0xA5: return (2, 1)  // hiragana, katakana
        case 0xA1: return (2, 1)  // Japanese punctuation
        case 0xB0...0xCF: return (2, 1)  // JIS level 1 kanji
        case 0xD0...0xF4: return (2, 0.3)  // JIS level 2 kanji
        case 0xA2, 0xA3, 0xA6...0xA8: return (2, 0)  // symbols, full-width forms, Greek, Cyrillic, box drawing
        case 0x8E: return (2, -0.3)  // half-width katakana
        case 0x8F: return (3, -0.5)
        default: return (2, -2)  // unassigned rows
        }
    }

    private static func eucKRCharacter(_ sample: [UInt8], _ index: Int) -> (Int, Double) {
        let lead = sample[index]
        guard lead >= 0x81 && lead <= 0xFE else { return (1, invalidWeight) }
        guard index + 1 < sample.count else { return (0, 0) }
        let trail = sample[index + 1]
        if lead >= 0xA1 && trail >= 0xA1 && trail <= 0xFE {
            switch lead {
            case 0xB0...0xC8: return (2, 1)  // KS X 1001 Hangul syllables
            case 0xA1...0xA3: return (2, 0.5)  // punctuation and full-width forms
            case 0xA4...0xAC: return (2, 0)  // jamo, Roman numerals, Greek, kana, Cyrillic
            case 0xCA...0xFD: return (2, 0.1)  // Hanja: legal, uncommon in modern Korean
            default: return (2, -2)  // 0xAD-0xAF unassigned, 0xC9 and 0xFE user-defined (iconv rejects them)
            }
        }
        // UHC extension: the 8,822 Hangul syllables KS X 1001 lacks, with trails 0x41-0x5A, 0x61-0x7A, 0x81-...
        let letterTrail = (trail >= 0x41 && trail <= 0x5A) || (trail >= 0x61 && trail <= 0x7A)
        let highTrail = trail >= 0x81 && trail <= (lead <= 0xA0 ? 0xFE : 0xA0)
        if lead <= 0xC6 && (letterTrail || highTrail) { return (2, 0.3) }
        return (1, invalidWeight)
    }
}
