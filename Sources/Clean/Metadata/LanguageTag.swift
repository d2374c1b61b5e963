/// Reduces language declarations (`en-US`, `en_GB`, `DE`, `pt-br`, `zh-Hans-CN`) to their primary subtag.
///
/// Pages declare languages in `<html lang>`, `xml:lang`, `http-equiv=content-language`, `og:locale` and
/// JSON-LD `inLanguage`, in many spellings; the exported field is the lower-case primary subtag.
enum LanguageTag {
    /// The primary subtag of `raw`, lower-cased, or nil unless it is 2 or 3 ASCII letters.
    /// A comma-separated list ("en, de") yields its first entry.
    static func primary(_ raw: String) -> String? {
        let first = raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).first ?? ""
        let subtag = first.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
        guard (2...3).contains(subtag.count), subtag.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return nil
        }
        let lower = subtag.lowercased()
        // "und" (undetermined) and "zxx" (no linguistic content) say nothing.
        return lower == "und" || lower == "zxx" || lower == "mul" ? nil : lower
    }
}
