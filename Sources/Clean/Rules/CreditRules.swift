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
        "crédito:", "imagen:", "immagine:", "fonte foto", "фото:", "zdjęcie:", "fot.",
    ]

    /// Agencies and stock libraries; a short line containing one of them is a credit.
    static let agencies = [
        "getty images", "shutterstock", "istock", "imago images", "picture alliance", "picture-alliance",
        "ap photo", "afp photo", "reuters/", "/ afp", "/afp", "/ dpa", "/dpa", "dpa/", "epa/", "keystone/",
        "photononstop", "bestimage", "unsplash", "pixabay", "adobe stock", "stock.adobe.com", "fotolia", "thinkstock",
        "reuters files", "ap files", "afp files", "dpa-bildfunk",
    ]
    /// `agencies` as bytes, for a byte search (Foundation's `contains` bridges to NSString).
    static let agencyBytes = agencies.map { Array($0.utf8) }

    /// True when the lower-cased `text` reads as a credit line.
    static func isCredit(_ text: String) -> Bool {
        let words = PhraseRules.wordCount(text)
        guard words <= maxWords else { return false }
        if prefixes.contains(where: { text.hasPrefix($0) }) { return true }
        if text == "credit" || text == "credits" || text == "foto" { return true }
        guard words <= 6 else { return false }
        let bytes = Array(text.utf8)
        return agencyBytes.contains { ByteSearch.contains(bytes, $0) }
    }
}
