/// Picks the most plausible legacy (pre-Unicode) encoding for bytes that are not UTF-8.
///
/// Candidates are scored on the same scale (mean plausibility per non-ASCII byte, about 1 for fitting text)
/// and the best one wins; on a tie the earlier candidate wins, so windows-1252, the web's most common legacy
/// encoding and WHATWG's default, is preferred when the bytes cannot tell (German reads the same in 1250).
enum LegacyEncodingDetector {
    /// Below this score no candidate is believable (binary junk, or an encoding we do not model).
    static let minimumScore = 0.1

    /// The winning candidate and its score, or nil when the sample has no non-ASCII byte.
    static func detect(_ bytes: [UInt8]) -> (charset: Charset, score: Double)? {
        let sample = ByteSample.extract(bytes)
        var best: (charset: Charset, score: Double)? = nil
        func consider(_ charset: Charset, _ score: Double?) {
            guard let score else { return }
            if best == nil || score > best!.score { best = (charset, score) }
        }
        consider(.windows1252, latin.score(sample))
        consider(.windows1251, cyrillic.score(sample))
        for model in DoubleByteModel.allCases { consider(model.charset, model.score(sample)) }
        consider(.windows1250, centralEuropean.score(sample))
        consider(.iso8859Part2, centralEuropeanISO.score(sample))
        consider(.koi8R, cyrillicKOI8.score(sample))
        consider(.windows1256, arabic.score(sample))
        return best
    }

    /// The score of one single-byte charset, for checking a declaration against the bytes; nil when the charset
    /// has no model or the bytes are ASCII.
    static func score(_ bytes: [UInt8], as charset: Charset) -> Double? {
        let model: SingleByteModel
        switch charset {
        case .windows1252: model = latin
        case .windows1251: model = cyrillic
        case .windows1250: model = centralEuropean
        case .iso8859Part2: model = centralEuropeanISO
        case .koi8R: model = cyrillicKOI8
        case .windows1256: model = arabic
        default: return nil
        }
        return model.score(ByteSample.extract(bytes))
    }

    // Letters listed as common get full weight, other letters half: the lists are what tells windows-1250
    // Czech/Polish ("č ř ě ą ł") from windows-1252 French/Scandinavian ("è ø ì ± ³") when both decode to letters.
    private static let latinCommon = "àâäçéèêëîïôöùûüÿœæáíóúñãõßåø"
    private static let centralEuropeanCommon = "áéíóúýčďěňřšťžůąćęłńśźżőűöüäôľăâîșțşţ"
    private static let cyrillicCommon = "абвгдежзийклмнопрстуфхцчшщъыьэюяёіїєґў"
    // Only the dozen most frequent Arabic letters: KOI8-R Russian read as windows-1256 is also all Arabic
    // letters, but the wrong ones.
    private static let arabicCommon = "اليمونهربتعةأ"

    static let latin = SingleByteModel(
        .windows1252, highHalf: SingleByteTables.windows1252, commonLetters: latinCommon)
    static let cyrillic = SingleByteModel(
        .windows1251, highHalf: SingleByteTables.windows1251, commonLetters: cyrillicCommon)
    static let centralEuropean = SingleByteModel(
        .windows1250, highHalf: SingleByteTables.windows1250, commonLetters: centralEuropeanCommon)
    static let centralEuropeanISO = SingleByteModel(
        .iso8859Part2, highHalf: SingleByteTables.iso8859Part2, commonLetters: centralEuropeanCommon)
    static let cyrillicKOI8 = SingleByteModel(
        .koi8R, highHalf: SingleByteTables.koi8R, commonLetters: cyrillicCommon)
    static let arabic = SingleByteModel(
        .windows1256, highHalf: SingleByteTables.windows1256, commonLetters: arabicCommon)
}
