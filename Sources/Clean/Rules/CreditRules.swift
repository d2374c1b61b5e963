/// Photo and source credits: short lines naming who took a picture ("Foto: dpa", "Getty Images").
///
/// They sit under images inside the article body and are not article text. Only short lines are
/// matched (`maxWords`), so a sentence that mentions a photo agency is never dropped.
enum CreditRules {
    static let maxWords = 10

    /// Line starts: a credit label followed by a name.
    static let prefixes = [
        "foto:", "fotos:", "photo:", "photos:", "bild:", "bilder:", "image:", "images:", "credit:", "credits:",
        "photo credit", "crédit photo", "crédits photo", "crédit :", "crédits :", "(foto", "(photo", "(crédito",
        "crédito:", "imagen:", "immagine:", "fonte foto", "фото:", "zdjęcie:", "fot.", "quelle:", "quellen:",
        "source:", "sources:", "fuente:", "copyright:",
    ]
    private static let prefixSet = PrefixSet(prefixes)

    /// Agencies and stock libraries; a short line containing one of them is a credit.
    static let agencies = [
        "getty images", "shutterstock", "istock", "imago images", "picture alliance", "picture-alliance",
        "ap photo", "afp photo", "reuters/", "/ afp", "/afp", "/ dpa", "/dpa", "dpa/", "epa/", "keystone/",
        "photononstop", "bestimage", "unsplash", "pixabay", "adobe stock", "stock.adobe.com", "fotolia", "thinkstock",
        "reuters files", "ap files", "afp files", "dpa-bildfunk", "istock.com", "shutterstock.com",
    ]
    /// `agencies` in one index: one pass over a text finds any of them.
    private static let agencyIndex = PhraseIndex(agencies.map { (Array($0.utf8), 0) })

    /// Labels that introduce a credit at the end of a caption ("… Foto: GdP/Hagen Immel").
    static let tailLabels = [
        "©", "foto:", "fotos:", "photo:", "photos:", "photograph:", "bild:", "credit:", "credits:", "image:",
        "crédit photo", "crédito:", "imagen:", "fonte:", "фото:", "(foto", "(photo", "(bild", "(credit", "(c) ",
    ]

    /// Most words after a tail label: a credit names a photographer or agency, not a sentence.
    static let maxTailWords = 8

    /// Most words of a caption with a credit tail.
    static let maxCaptionWords = 60

    /// True when the lower-cased `text` (of `words` words) is a short caption that ends with a credit:
    /// "Lee Elder in 1975. | © Augusta National/Getty Images", "Das Hermelin im Winter. (mlharing /
    /// iStock.com)". Captions say what a picture shows; with the credit glued on they are page
    /// furniture, not article text.
    static func endsWithCredit(_ text: String, words: Int) -> Bool {
        guard words <= maxCaptionWords else { return false }
        let bytes = Array(text.utf8)
        return hasLabelledTail(bytes) || namesAgencyLast(bytes)
    }

    /// A tail label whose last occurrence (not at the start) is followed by a few words with a letter.
    private static func hasLabelledTail(_ bytes: [UInt8]) -> Bool {
        // A label's last occurrence leaves a tail of `maxTailWords` or fewer only near the end: the
        // text before the last words can hold no such label, so only the end is searched.
        let windowStart = max(0, startOfLast(words: maxTailWords, in: bytes) - longestTailLabel)
        let window = Array(bytes[windowStart...])
        // Most captions hold no label at all: one pass rules them out before one search per label.
        guard tailLabelIndex.firstGroup(in: window) != nil else { return false }
        return tailLabelBytes.contains { label in
            guard let found = ByteSearch.lastIndex(of: label, in: window), windowStart + found > 0 else { return false }
            let tail = window[(found + label.count)...]
            return PhraseRules.wordCount(bytes: tail) <= maxTailWords && tail.contains(where: { $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x80 })
        }
    }

    /// A bare agency in the last sentence or parenthesis: "… supply chain. Mike Blake/Reuters files".
    private static func namesAgencyLast(_ bytes: [UInt8]) -> Bool {
        let cut = bytes.indices.last { index in
            let byte = bytes[index]
            return byte == 0x28 || byte == 0x7C || (byte == 0x2E && index + 1 < bytes.count && bytes[index + 1] == 0x20)
        }.map { $0 + 1 } ?? 0
        let last = Array(bytes[cut...])
        return PhraseRules.wordCount(bytes: last) <= 6 && namesAgency(last)
    }

    /// The first index from which `bytes` hold at most `words` words (space-separated).
    private static func startOfLast(words: Int, in bytes: [UInt8]) -> Int {
        var count = 0
        for index in bytes.indices.reversed() where bytes[index] != 0x20 && (index + 1 == bytes.count || bytes[index + 1] == 0x20) {
            count += 1  // the last byte of a word
            if count > words { return index + 1 }
        }
        return 0
    }

    private static let tailLabelBytes = tailLabels.map { Array($0.utf8) }
    private static let longestTailLabel = tailLabelBytes.map(\.count).max()!
    private static let tailLabelIndex = PhraseIndex(tailLabelBytes.map { ($0, 0) })

    /// True when the lower-cased `bytes` contain an agency or stock library.
    private static func namesAgency(_ bytes: [UInt8]) -> Bool {
        agencyIndex.firstGroup(in: bytes) != nil
    }

    /// True when the lower-cased `text` of `words` words reads as a credit line.
    static func isCredit(_ text: String, words: Int) -> Bool {
        guard words <= maxWords else { return false }
        if prefixSet.isPrefix(of: text) { return true }
        if text == "credit" || text == "credits" || text == "foto" { return true }
        return words <= 6 && namesAgency(Array(text.utf8))
    }
}
