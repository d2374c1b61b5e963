/// Detects the language of a text from its script and function words, without models or network.
///
/// First the script: Hangul, kana, Han, Arabic, Hebrew, Greek, Thai, Devanagari, Georgian and Armenian
/// each name a language (or a small family, told apart by letters: Persian and Urdu by their extra Arabic
/// letters). Latin and Cyrillic texts are scored by how many of their words are in each language's
/// function-word set (`LanguageProfiles`), plus letters only one Cyrillic language uses. Works on the
/// first `maxScalars` of the text, so cost is bounded whatever the page size.
enum LanguageDetector {
    /// A detected language and how sure the detector is.
    struct Guess: Equatable {
        /// Primary language subtag, e.g. `en`.
        var language: String
        /// True when the evidence is strong: a decisive script, or many function words with a clear lead
        /// over the runner-up. Only a sure guess may overrule a declared language.
        var isSure: Bool
    }

    /// Scalars of the text looked at.
    static let maxScalars = 20_000
    /// Fewest letters needed to say anything.
    static let minLetters = 20
    /// Fewest function-word hits for a Latin/Cyrillic guess.
    static let minHits = 3
    /// Hits and lead over the runner-up (as a share of the winner's hits) for a sure guess.
    static let sureHits = 12
    static let sureLead = 0.35

    /// Languages the detector can name (used to decide whether a declared language can be checked).
    static let supported: Set<String> = {
        var set: Set<String> = ["ko", "ja", "zh", "ar", "fa", "ur", "he", "el", "th", "hi", "ka", "hy"]
        for (language, _) in LanguageProfiles.latin + LanguageProfiles.cyrillic { set.insert(language) }
        return set
    }()

    /// Groups of languages too close to overrule one another: a declaration inside the detected group stands.
    static let closeGroups: [Set<String>] = [
        ["da", "no", "nb", "nn", "sv"], ["cs", "sk"], ["hr", "sr", "bs", "sh"], ["id", "ms"], ["es", "ca", "gl"],
        ["pt", "gl"], ["ru", "uk", "be", "bg"], ["zh", "ja"], ["ar", "fa", "ur"],
    ]

    enum Script: Int, CaseIterable {
        case latin, cyrillic, greek, arabic, hebrew, han, kana, hangul, thai, devanagari, georgian, armenian
    }

    /// What detection reads from a text: letters per script, the letters that tell close languages apart,
    /// and the lower-cased words short enough to be function words.
    struct Evidence: Equatable {
        var counts = [Int](repeating: 0, count: Script.allCases.count)
        var persianLetters = 0
        var urduLetters = 0
        var russianLetters = 0
        var ukrainianLetters = 0
        var bulgarianLetters = 0
        var serbianLetters = 0
        var words: [PackedWord] = []  // only words short enough to be function words
        var wordCount = 0

        /// Counts the letter `value` of `script`, and the letters special to one language.
        mutating func count(_ value: UInt32, of script: Script) {
            counts[script.rawValue] += 1
            switch value {
            case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06CC: persianLetters += 1  // پ چ ژ گ ی
            case 0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2: urduLetters += 1  // ٹ ڈ ڑ ں ے
            case 0x044B, 0x042B, 0x044D, 0x042D, 0x0451, 0x0401: russianLetters += 1  // ы э ё
            case 0x0457, 0x0407, 0x0454, 0x0404, 0x0491, 0x0490, 0x0456, 0x0406: ukrainianLetters += 1  // ї є ґ і
            case 0x044A, 0x042A: bulgarianLetters += 1  // ъ
            case 0x0452, 0x0458, 0x0459, 0x045A, 0x045B, 0x045F: serbianLetters += 1  // ђ ј љ њ ћ џ
            default: break
            }
        }

        /// Ends the word in `word` (lower-cased UTF-8), if any: counted, and kept when short enough.
        mutating func endWord(_ word: inout [UInt8]) {
            guard !word.isEmpty else { return }
            wordCount += 1
            // Longer words are in no profile: counted, but not looked up.
            if word.count <= longestFunctionWord { words.append(PackedWord(word)) }
            word.removeAll(keepingCapacity: true)
        }
    }

    /// The evidence in the first `maxScalars` scalars of `text`, read from its UTF-8 bytes; each word
    /// scalar is lowered as it is read (`lowercased()` maps scalars one by one, so this equals lowering
    /// each finished word).
    static func evidence(_ text: String) -> Evidence {
        var text = text
        return text.withUTF8(evidence)
    }

    private static func evidence(_ source: UnsafeBufferPointer<UInt8>) -> Evidence {
        var evidence = Evidence()
        var word: [UInt8] = []
        word.reserveCapacity(32)
        // Locals: the ASCII letter loop touches no array but `word`, and the table is fetched once.
        var latinLetters = 0
        let isWordScalar = Self.isWordScalar
        var index = 0
        var seen = 0
        while index < source.count {
            seen += 1
            if seen > maxScalars { break }
            let (value, length) = UTF8Scalars.scalar(in: source, at: index)
            defer { index += length }
            if value < 0x80 {
                // ASCII: letters are the only alphabetic scalars.
                guard (value | 0x20) &- 0x61 < 26 else {
                    evidence.endWord(&word)
                    continue
                }
                word.append(UInt8(value | 0x20))
                latinLetters += 1
                continue
            }
            guard isWordScalar(value) else {
                evidence.endWord(&word)
                continue
            }
            LowerCase.appendLowered(source, at: index, length: length, value: value, to: &word)
            if let script = script(of: value) { evidence.count(value, of: script) }
        }
        evidence.endWord(&word)
        evidence.counts[Script.latin.rawValue] += latinLetters
        return evidence
    }

    /// Letters and the marks inside words (Devanagari and Thai vowel signs, Hebrew points).
    private static let isWordScalar = ScalarPredicate {
        $0.properties.isAlphabetic || $0.properties.generalCategory == .nonspacingMark
    }

    /// The language of `text`, or nil when there is too little text or no clear winner.
    static func detect(_ text: String) -> Guess? {
        let evidence = evidence(text)
        let counts = evidence.counts
        let letters = counts.reduce(0, +)
        guard letters >= minLetters else { return nil }
        func share(_ script: Script) -> Double { Double(counts[script.rawValue]) / Double(letters) }

        // Scripts that decide alone. Japanese mixes Han with kana; Chinese has no kana.
        if share(.hangul) > 0.3 { return Guess(language: "ko", isSure: true) }
        if share(.han) + share(.kana) > 0.3 {
            return Guess(language: share(.kana) > 0.05 ? "ja" : "zh", isSure: true)
        }
        if share(.arabic) > 0.5 {
            let arabic = Double(counts[Script.arabic.rawValue])
            if Double(evidence.urduLetters) > arabic * 0.01 { return Guess(language: "ur", isSure: true) }
            if Double(evidence.persianLetters) > arabic * 0.02 { return Guess(language: "fa", isSure: true) }
            return Guess(language: "ar", isSure: true)
        }
        for (script, language) in [
            (Script.greek, "el"), (.hebrew, "he"), (.thai, "th"), (.devanagari, "hi"), (.georgian, "ka"),
            (.armenian, "hy"),
        ] where share(script) > 0.5 {
            return Guess(language: language, isSure: true)
        }
        if share(.cyrillic) > 0.5 {
            var bonus: [String: Double] = [:]
            bonus["ru"] = Double(evidence.russianLetters) * 0.2
            bonus["uk"] = Double(evidence.ukrainianLetters) * 0.2
            bonus["bg"] = Double(evidence.bulgarianLetters) * 0.1
            bonus["sr"] = Double(evidence.serbianLetters) * 0.3
            return vote(evidence.words, of: evidence.wordCount, cyrillicIndex, bonus: bonus)
        }
        if share(.latin) > 0.5 { return vote(evidence.words, of: evidence.wordCount, latinIndex, bonus: [:]) }
        return nil
    }

    /// True when `guess` is sure and names a different language than `declared`, which the detector
    /// knows and which is not a close relative of the guess.
    static func contradicts(declared: String, guess: Guess) -> Bool {
        guard guess.isSure, declared != guess.language, supported.contains(declared) else { return false }
        return !closeGroups.contains { $0.contains(declared) && $0.contains(guess.language) }
    }

    /// A word of at most 16 UTF-8 bytes packed into two integers, zero-padded (words hold no NUL): a
    /// cheaper key than a `String`, and made from the word's bytes without building one.
    struct PackedWord: Equatable {
        static let capacity = 16
        /// No word packs to all zeros: it marks the empty slots of `WordIndex`.
        static let empty = PackedWord([UInt8]())
        var low: UInt64 = 0
        var high: UInt64 = 0

        init(_ bytes: some Collection<UInt8>) {
            precondition(bytes.count <= Self.capacity, "function words are packed in 16 bytes")
            for (offset, byte) in bytes.enumerated() {
                if offset < 8 {
                    low |= UInt64(byte) << (8 * offset)
                } else {
                    high |= UInt64(byte) << (8 * (offset - 8))
                }
            }
        }

        /// A well-mixed hash (multiply-shift); the table needs no protection against chosen collisions.
        var hash: Int {
            Int(truncatingIfNeeded: (((low &* 0x9E37_79B9_7F4A_7C15) ^ high) &* 0xBF58_476D_1CE4_E5B9) >> 29)
        }
    }

    /// Function words of several profiles in one table: one lookup per word instead of one per language
    /// and word. Open addressing on packed words: `Dictionary` spent most of its time in `Hasher`.
    private struct WordIndex {
        let languages: [String]
        /// Slots of the table, a power of two at most half full, and the profile bit set of each word.
        private var words: [PackedWord]
        private var profiles: [UInt64]

        init(_ lists: [(language: String, words: Set<String>)]) {
            precondition(lists.count <= 64, "profiles are a 64-bit set")
            languages = lists.map(\.language)
            let distinct = Set(lists.flatMap(\.words))
            let size = 1 << (Int.bitWidth - (2 * distinct.count).leadingZeroBitCount)
            words = Array(repeating: .empty, count: size)
            profiles = Array(repeating: 0, count: size)
            for (index, list) in lists.enumerated() {
                for word in list.words.map({ PackedWord($0.utf8) }) {
                    let slot = self.slot(of: word)
                    words[slot] = word
                    profiles[slot] |= 1 << index
                }
            }
        }

        /// The bit set of the profiles listing `word` (indices into `languages`); 0 for other words.
        func profiles(of word: PackedWord) -> UInt64 {
            profiles[slot(of: word)]
        }

        /// The slot holding `word`, or the empty slot where it would go.
        private func slot(of word: PackedWord) -> Int {
            var slot = word.hash & (words.count - 1)
            while words[slot] != word && words[slot] != .empty { slot = (slot + 1) & (words.count - 1) }
            return slot
        }
    }

    private static let latinIndex = WordIndex(LanguageProfiles.latin)
    private static let cyrillicIndex = WordIndex(LanguageProfiles.cyrillic)

    /// Longest function word of any profile, in UTF-8 bytes.
    private static let longestFunctionWord = (LanguageProfiles.latin + LanguageProfiles.cyrillic)
        .flatMap(\.words).map(\.utf8.count).max() ?? 0  // at most `PackedWord.capacity`

    /// Scores each language by function-word hits among `words` (plus letter bonuses) and returns the
    /// winner; `total` is the number of words in the text, function words or not.
    private static func vote(_ words: [PackedWord], of total: Int, _ index: WordIndex, bonus: [String: Double])
        -> Guess?
    {
        var hits = [Double](repeating: 0, count: index.languages.count)
        for word in words {
            var profiles = index.profiles(of: word)
            while profiles != 0 {
                hits[profiles.trailingZeroBitCount] += 1
                profiles &= profiles - 1
            }
        }
        var scores: [(language: String, score: Double)] = index.languages.enumerated().map { position, language in
            (language, hits[position] + (bonus[language] ?? 0))
        }
        scores.sort { $0.score > $1.score }
        guard let best = scores.first, best.score >= Double(minHits) else { return nil }
        let second = scores.count > 1 ? scores[1].score : 0
        // Too few function words for the amount of text: a list of names, code, or an unknown language.
        guard best.score >= Double(total) * 0.08 || best.score >= 30 else { return nil }
        let lead = (best.score - second) / best.score
        guard lead > 0.05 else { return nil }
        return Guess(language: best.language, isSure: best.score >= Double(sureHits) && lead >= sureLead)
    }

    static func script(of value: UInt32) -> Script? {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x400...0x52F: return .cyrillic
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x590...0x5FF: return .hebrew
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: return .kana
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0xF900...0xFAFF: return .han
        case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: return .hangul
        case 0xE00...0xE7F: return .thai
        case 0x900...0x97F: return .devanagari
        case 0x10A0...0x10FF: return .georgian
        case 0x530...0x58F: return .armenian
        default: return nil
        }
    }
}
