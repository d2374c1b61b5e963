/// Boilerplate recognised by its words: calls to action and notices that plugins and widgets put
/// *inside* article containers, where no class name gives them away.
///
/// Two kinds of match, both on lower-cased, whitespace-collapsed block text:
/// - `lines`: the whole block equals the phrase (UI labels such as "Menu" or "Share"); safe at any length
///   because article sentences are never a bare label.
/// - `phrases`: the block contains the phrase and is short (see `maxWords`); real sentences rarely
///   contain these exact calls to action, and long paragraphs are never dropped by a phrase.
struct PhraseRule: Sendable {
    let category: BoilerplateCategory
    let lines: Set<String>
    let phrases: [String]
}

enum PhraseRules {
    /// Blocks longer than this many words are never dropped by a phrase (the balanced default;
    /// `Tuning` moves it).
    static let maxWords = 40

    static let all: [PhraseRule] = [
        PhraseRule(
            category: .navigation,
            lines: [
                "menu", "close", "menu close", "open menu", "close menu", "skip to content", "skip to main content",
                "toggle navigation", "search", "home", "back to top", "zurück nach oben", "nach oben", "suche",
                "startseite", "retour en haut", "accueil", "rechercher", "volver arriba", "buscar", "inicio", "cerca",
                "torna su", "voltar ao topo", "pesquisar", "поиск", "главная", "szukaj", "zurück zur übersicht",
                "zurück zur startseite", "zurück zur vorherigen seite", "zurück", "retour", "volver", "kategorien",
                "categories", "catégories", "categorías", "tags", "schlagwörter", "stichwörter", "mots-clés",
                "etiquetas", "parole chiave", "inhaltsverzeichnis", "table of contents", "sommaire", "go to top", "next", "previous", "more",
                "load more", "show more", "print", "email", "main menu", "navigation",
                // Recipe and media widgets, and "was this helpful?" voting boxes.
                "pin it", "pinnen", "print recipe", "jump to recipe", "rezept drucken", "zum rezept springen",
                "imprimir receta", "imprimer la recette", "bild anzeigen", "bilder anzeigen", "quellen ausblenden",
                "quellen anzeigen", "show image", "view gallery", "zur bildergalerie", "next article", "previous article",
                "nächster artikel", "vorheriger artikel", "vorschau auf den nächsten artikel", "article suivant",
                "was this article helpful", "war der artikel nützlich", "war dieser artikel hilfreich",
                "cet article vous a-t-il été utile", "te ha resultado útil este artículo",
            ],
            phrases: ["skip to content", "skip to main content", "toggle navigation"]),
        PhraseRule(
            category: .social,
            lines: ["diese seite teilen", "news teilen", "beitrag teilen", "seite teilen", "artikel teilen",
                    "teilen", "partager", "compartir", "condividi", "compartilhar", "udostępnij", "поделиться",
                    "شارك", "artikel teilen", "diesen artikel teilen",
                    "share", "tweet", "share this", "share this article", "share on facebook", "share on twitter",
                    "follow us", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "pinterest", "reddit"],
            phrases: [
                "follow us on", "follow us:", "join us on telegram", "join our telegram", "like us on facebook",
                "share this article", "share this story", "share on facebook", "click to share", "share via",
                "link will open telegram", "find us on facebook", "telegram channel", "whatsapp channel",
                "telegram-kanal", "whatsapp-kanal", "canal de telegram", "canal de whatsapp", "canale telegram",
                "download our app", "laden sie unsere app", "keep up with me on", "follow me on",
                "on twitter and instagram", "our youtube channel", "nuestro canal de youtube", "unseren youtube-kanal",
            ]),
        PhraseRule(
            category: .donate,
            lines: ["donate", "donate now", "support us", "patreon"],
            phrases: [
                "donate page", "donate now", "please donate", "make a donation", "to help us continue",
                "support our journalism", "support independent journalism", "become a patron", "become a member",
                "buy us a coffee", "support us on patreon", "werden sie mitglied", "jetzt mitglied werden",
            ]),
        PhraseRule(
            category: .newsletter,
            lines: ["subscribe", "sign up", "newsletter", "subscribe now"],
            phrases: [
                "subscribe to our newsletter", "sign up for our newsletter", "successfully subscribed",
                "thank you for subscribing", "thanks for subscribing", "enter your email",
                "error while trying to send your request", "get our newsletter", "join our newsletter",
                "subscribe to our mailing list", "sign up to receive",
                // Paywall notices: the teaser stays, the notice goes.
                "to view the full story, please subscribe", "already a subscriber", "subscribe to continue reading",
                "subscribe to read", "pour accéder en illimité", "déjà abonné", "bereits abonnent",
                "jetzt weiterlesen mit", "weiterlesen mit plus", "ya eres suscriptor", "suscríbete para seguir leyendo",
                "você já é assinante", "sei già abbonato", "subscribe now to our", "first-time subscribers",
                "news straight to your phone", "for the latest stories and breaking news", "jetzt auch digital",
                "im abo, als e-paper", "keine bezahlschranke", "submit your letter to the editor",
                "instant access to the full article", "als abo oder einzelheft", "app store und google play",
                "itunes und google play", "app store and google play", "google play and the app store",
            ]),
        PhraseRule(
            category: .consent,
            lines: ["accept", "accept all", "reject all", "i agree", "manage cookies", "cookie settings"],
            phrases: [
                "we use cookies", "this website uses cookies", "this site uses cookies", "accept cookies",
                "cookie policy", "use of cookies", "gdpr rules", "by continuing to use this site",
                "by using this website, you agree", "consent to the use", "manage your consent",
                "will use the information you provide on this form", "we respect your privacy",
                "wir respektieren deine privatsphäre", "wir respektieren ihre privatsphäre",
                "nous respectons votre vie privée", "respetamos tu privacidad",
                // Placeholders of embeds that load only after consent.
                "um den inhalt von", "externe inhalte laden", "externen inhalt laden", "inhalte von drittanbietern",
                "click to load", "click the button below to load", "mit diesem button kannst du",
            ]),
        PhraseRule(
            category: .related,
            lines: ["latest news", "latest news:", "related", "related articles", "related posts", "read more",
                    "read also", "see also", "most read", "most popular", "recommended", "trending", "you may also like",
                    "more stories", "related stories", "related news", "latest", "popular posts", "recent posts",
                    "more to explore", "more from this author", "more like this",
                    // German, French, Spanish, Italian, Portuguese, Polish, Russian, Arabic
                    "mehr zum thema", "lesen sie auch", "lies auch", "das könnte sie auch interessieren",
                    "das könnte dich auch interessieren", "weitere artikel", "empfohlene beiträge", "mehr dazu",
                    "auch interessant", "meistgelesen", "schlagworte", "themen", "lire aussi", "à lire aussi",
                    "sur le même sujet", "à lire également", "les plus lus", "lee también", "te puede interesar",
                    "noticias relacionadas", "lo más leído", "leggi anche", "potrebbe interessarti", "più letti",
                    "leia também", "veja também", "mais lidas", "czytaj też", "czytaj także", "zobacz także",
                    "zobacz też", "читайте также", "по теме", "самое читаемое", "اقرأ أيضا", "اقرأ أيضاً",
                    "مواضيع ذات صلة", "neueste artikel", "weitere artikel zum thema", "kommentierte artikel",
                    "meist gesucht", "lo último", "lo ultimo", "explore further", "more from", "more on this story",
                    "related topics", "related content", "also read", "recommended stories", "top stories",
                    "weiterlesen", "zum weiterlesen", "ähnliche artikel", "ähnliche beiträge", "passend zum thema",
                    "das thema könnte dich auch interessieren", "ezek is érdekelhetnek", "articles similaires",
                    "dans la même rubrique", "artículos relacionados", "notizie correlate", "articoli correlati",
                    "notícias relacionadas", "powiązane artykuły", "похожие статьи", "schon gelesen", "mehr themen",
                    "weitere themen", "empfehlungen aus der redaktion", "unsere empfehlungen", "editor's picks",
                    "more topics", "plus d'articles", "más noticias", "altre notizie", "weitere informationen",
                    "further information", "more information", "mehr informationen", "weiterführende links"],
            phrases: ["read more:", "read also:", "you may also like", "recommended for you", "related articles",
                      "auch interessieren", "you might also like", "more from our", "aussi intéresser",
                      "podría interesarte", "também pode gostar"]),

        PhraseRule(
            category: .comments,
            lines: ["kommentare geschlossen", "view comments", "vos réactions", "show comments", "kommentar schreiben",
                    "kommentare", "commentaires", "comentarios", "commenti", "comentários", "komentarze",
                    "комментарии", "التعليقات",
                    "comments", "leave a comment", "leave a reply", "add comment", "post comment"],
            phrases: [
                "leave a comment", "leave a reply", "comments are closed", "post a comment",
                "you must be logged in to post a comment", "your email address will not be published",
                "be the first to comment", "let us know in the comments", "tell us in the comments",
                "hinterlasse einen kommentar", "hinterlasse einfach einen kommentar", "schreib uns einen kommentar",
                "teilen sie uns ihre erfahrungen mit", "laisse un commentaire", "laissez un commentaire",
                "deja un comentario", "lascia un commento",
            ]),
        PhraseRule(
            category: .ads,
            lines: ["werbung", "advertising", "advertisement", "ad", "ads", "sponsored", "sponsored content", "promoted", "anzeige",
                    "publicité", "publicidad", "pubblicità", "реклама",
                    "reklama", "publicidade", "advertentie", "anuncio", "annonce", "sponsored by", "gesponsert"],
            phrases: []),
        PhraseRule(
            category: .metadata,
            // A byline label whose name went to its own line (or to the metadata).
            lines: ["von", "by", "autor", "autorin", "author", "par", "por", "erschienen in", "published in"],
            phrases: []),
        PhraseRule(
            category: .legal,
            lines: [],
            phrases: ["all rights reserved", "copyright ©", "© copyright",
                      // Affiliate and opinion disclaimers, licence notices.
                      "may receive compensation", "advertisers do not influence", "advertising disclaimer",
                      "contains references to products", "gibt die meinung des autors wieder",
                      "not responsible for the opinions", "ohne gewähr", "sofern nicht anders ausgewiesen",
                      "sofern nicht anders angegeben", "unless otherwise noted", "unless otherwise stated"]),
    ]

    /// `all` plus the per-language calls to action, merged once.
    static let merged: [PhraseRule] = all.map { rule in
        let extra: [String]
        switch rule.category {
        case .social: extra = CallToActionPhrases.phrases(\.follow) + CallToActionPhrases.phrases(\.share)
        case .newsletter: extra = CallToActionPhrases.phrases(\.newsletter)
        case .donate: extra = CallToActionPhrases.phrases(\.donate)
        case .consent: extra = CallToActionPhrases.phrases(\.consent)
        case .related: extra = CallToActionPhrases.phrases(\.readMore)
        case .legal: extra = CallToActionPhrases.phrases(\.legal)
        case .comments: extra = CallToActionPhrases.phrases(\.comments)
        default: extra = []
        }
        return PhraseRule(category: rule.category, lines: rule.lines, phrases: rule.phrases + extra)
    }

    /// Every rule's phrases in one index; a match's group is the rule's position in `merged`.
    static let phraseIndex = PhraseIndex(
        merged.enumerated().flatMap { position, rule in rule.phrases.map { (Array($0.utf8), position) } })

    /// Every rule's whole-line labels in one table: label -> (position of the first rule listing it, its
    /// category). One lookup per candidate instead of one per rule.
    static let lineTable: [String: (rule: Int, category: BoilerplateCategory)] = {
        var table: [String: (rule: Int, category: BoilerplateCategory)] = [:]
        for (position, rule) in merged.enumerated() {
            for line in rule.lines where table[line] == nil { table[line] = (position, rule.category) }
        }
        return table
    }()

    /// Longest whole-line label, in bytes, plus room for punctuation and a counter.
    static let longestLabel = merged.flatMap(\.lines).map(\.utf8.count).max()! + 16

    /// The rule that makes `text` boilerplate, if any.
    static func match(_ text: String, maxWords: Int = maxWords) -> BoilerplateCategory? {
        let words = wordCount(text)
        guard mayMatch(words: words, length: text.utf8.count, maxWords: maxWords) else { return nil }
        return match(lowered: LowerCase.lowercased(text), words: words, maxWords: maxWords)
    }

    /// `match` on a block's text, lower-cased and counted already.
    static func match(_ text: BlockText, maxWords: Int) -> BoilerplateCategory? {
        guard mayMatch(words: text.words, length: text.text.utf8.count, maxWords: maxWords) else { return nil }
        return match(lowered: text.lowered, words: text.words, maxWords: maxWords)
    }

    /// Long prose can match nothing: not a label, not a short call to action, not a credit.
    private static func mayMatch(words: Int, length: Int, maxWords: Int) -> Bool {
        words <= max(maxWords, CreditRules.maxWords) || length <= longestLabel
    }

    private static func match(lowered: String, words: Int, maxWords: Int) -> BoilerplateCategory? {
        if CreditRules.isCredit(lowered, words: words) { return .credits }
        if DatelineRules.isDateline(lowered) { return .metadata }
        if words <= maxTaxonomyWords && taxonomyLabelSet.isPrefix(of: lowered) { return .metadata }
        let label = trimmedLabel(lowered)
        if let counted = countedLabel(label) { return counted }
        // The earlier rule wins when the text and its trimmed label name different rules. Texts longer
        // than any label are not hashed.
        let whole = lowered.utf8.count <= longestLabel ? lineTable[lowered] : nil
        let trimmed = label.utf8.count <= longestLabel && label != lowered ? lineTable[label] : nil
        if let best = [whole, trimmed].compactMap({ $0 }).min(by: { $0.rule < $1.rule }) {
            return best.category
        }
        if words <= maxHeadingWords && relatedHeadingPrefixSet.isPrefix(of: label) {
            return .related
        }
        if let category = LabelRules.match(label, words: words) { return category }
        guard words <= maxWords else { return nil }
        return phraseIndex.firstGroup(in: lowered).map { merged[$0].category }
    }

    /// Starts of headings over teaser lists that name their source or topic ("Mehr von AD", "More from
    /// News", "Mehr zu Wärmepumpe", "Weitere Pressemitteilungen dieses Verbands"). Only short lines
    /// (`maxHeadingWords`), so a sentence that starts the same way stays.
    static let relatedHeadingPrefixes = [
        "mehr von ", "more from ", "mehr zum thema", "mehr zu ", "mehr aus ", "weitere artikel", "weitere beiträge",
        "weitere pressemitteilungen", "weitere meldungen", "weitere nachrichten", "more stories from",
        "more articles from", "sie wollen mehr von", "plus d'articles", "más noticias de", "altri articoli",
        "noch mehr infos", "weitere inhalte zu", "heute empfehlen wir", "wir empfehlen ihnen",
    ]
    static let maxHeadingWords = 6
    private static let relatedHeadingPrefixSet = PrefixSet(relatedHeadingPrefixes)

    /// Starts of tag and category lines ("Tags: python, docker", "Schlagwörter: Sport"): the terms
    /// belong in metadata, not in the text.
    static let taxonomyLabels = [
        "tags:", "tag:", "schlagwörter:", "schlagworte:", "stichwörter:", "stichworte:", "kategorien:",
        "kategorie:", "categories:", "category:", "filed under:", "posted in:", "themen:", "topics:",
        "etiquetas:", "mots-clés:", "catégories:", "categorías:", "tags :", "mots-clés :",
    ]
    static let maxTaxonomyWords = 12
    private static let taxonomyLabelSet = PrefixSet(taxonomyLabels)

    /// Words separated by spaces, counted on bytes.
    static func wordCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable(wordCount(bytes:)) ?? wordCount(bytes: text.utf8)
    }

    /// Words separated by spaces in UTF-8 bytes: the bytes that are no space and follow a space (or
    /// start), counted without branches.
    static func wordCount(bytes: some Sequence<UInt8>) -> Int {
        var count = 0
        var afterSpace = 1
        for byte in bytes {
            let space = byte == 32 ? 1 : 0
            count += afterSpace & (space ^ 1)
            afterSpace = space
        }
        return count
    }

    /// Counters that widgets print: "1 Share", "24 comments", "3.2K shares".
    static let counterNouns: [String: BoilerplateCategory] = [
        "share": .social, "shares": .social, "likes": .social, "like": .social, "tweets": .social,
        "comment": .comments, "comments": .comments, "responses": .comments, "replies": .comments,
        "views": .metadata, "reads": .metadata,
    ]

    /// Counter labels that come before their number: "Views: 2 417", "Просмотров: 12".
    static let counterPrefixes: [String: BoilerplateCategory] = [
        "views": .metadata, "просмотров": .metadata, "просмотры": .metadata, "aufrufe": .metadata, "vues": .metadata,
        "visitas": .metadata, "visualizzazioni": .metadata, "visualizações": .metadata, "wyświetleń": .metadata,
        "comments": .comments, "kommentare": .comments, "комментарии": .comments, "shares": .social,
    ]

    static func countedLabel(_ label: String) -> BoilerplateCategory? {
        if let colon = label.utf8.firstIndex(of: UInt8(ascii: ":")), let category = counterPrefixes[String(label[..<colon])] {
            let count = label[label.index(after: colon)...]
            if !count.isEmpty && count.allSatisfy({ $0.isNumber || $0 == " " || $0 == "." || $0 == "," || $0 == "\u{A0}" }) {
                return category
            }
        }
        guard let first = label.utf8.first, first &- 0x30 < 10 else { return nil }
        let noun = label.drop(while: { $0.isNumber || $0 == "." || $0 == "," || $0 == " " || $0 == "k" || $0 == "m" })
        return counterNouns[String(noun)]
    }

    /// A label without surrounding punctuation and arrows: "- Read more »" → "read more".
    static func trimmedLabel(_ text: String) -> String {
        // Most blocks start and end with a letter or digit: nothing to trim, no Character iteration.
        if let first = text.utf8.first, let last = text.utf8.last, ByteSearch.isASCIIAlphanumeric(first),
            ByteSearch.isASCIIAlphanumeric(last)
        {
            return text
        }
        // An ASCII byte next to ASCII (or the end) is a whole Character: such ends are trimmed as bytes
        // (sentences end in "."), whatever else is trimmed as Characters.
        var scalars = Substring(text)
        while let last = scalars.utf8.last, isTrimmedASCII(last), scalars.utf8.dropLast().last ?? 0 < 0x80 {
            scalars = scalars[..<scalars.utf8.index(before: scalars.endIndex)]
        }
        while let last = scalars.last, trimmedCharacters.contains(last) {
            scalars = scalars.dropLast()
        }
        while let first = scalars.utf8.first, isTrimmedASCII(first), scalars.utf8.dropFirst().first ?? 0 < 0x80 {
            scalars = scalars[scalars.utf8.index(after: scalars.startIndex)...]
        }
        while let first = scalars.first, trimmedCharacters.contains(first) {
            scalars = scalars.dropFirst()
        }
        return String(scalars)
    }

    /// Punctuation, arrows and the space, trimmed around labels.
    private static let trimmedCharacters = Set(":.…!?¿¡»›>→|-–—«‹<←*•· ")
    /// Per ASCII byte: whether it is one of `trimmedCharacters`.
    private static let trimmedASCII = (0..<128).map { trimmedCharacters.contains(Character(Unicode.Scalar(UInt8($0)))) }

    private static func isTrimmedASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && trimmedASCII[Int(byte)]
    }
}
