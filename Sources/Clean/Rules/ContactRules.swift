/// Contact boxes: the "Pressekontakt: / name / Telefon / E-Mail" block that press releases, institutes
/// and company news put under (or beside) the article. Recognised by its words, because themes render
/// it as plain paragraphs inside the article container.
enum ContactRules {
    /// Labels that open a contact box, lower-cased and without trailing punctuation.
    static let labels: Set<String> = [
        "kontakt", "kontakte", "pressekontakt", "presse-kontakt", "medienkontakt", "pressekontakte",
        "ansprechpartner", "ansprechpartnerin", "ansprechpartner*innen", "ansprechpartner:innen",
        "kontakt für die presse", "kontakt für medien", "kontakt für journalisten", "contact", "contacts",
        "press contact", "press contacts", "media contact", "media contacts", "media inquiries",
        "press inquiries", "contact presse", "contact média", "contacts presse", "contacto", "contactos",
        "contacto de prensa", "contatti", "contatto", "contatto stampa", "ufficio stampa", "kontakt dla mediów",
    ]

    /// Label starts that open a contact box when the line is short ("Kontakt Investoren:",
    /// "Ansprechpartnerin zum Thema:", "Ihr Ansprechpartner für Pressefragen").
    static let labelPrefixes = [
        "kontakt ", "kontakt:", "pressekontakt", "medienkontakt", "ansprechpartner", "ihr ansprechpartner",
        "ihre ansprechpartner", "press contact", "media contact", "contact presse", "contacto de prensa",
    ]
    private static let labelPrefixSet = PrefixSet(labelPrefixes)

    /// First words of a contact detail line ("Telefon: +49 …", "E-Mail: …", "Fax …").
    static let detailWords: Set<String> = [
        "tel", "tel.", "telefon", "telephone", "téléphone", "tél", "tél.", "phone", "fon", "fax", "telefax",
        "e-mail", "email", "mail", "mobil", "mobile", "handy", "teléfono", "telefono", "cell", "mob.",
    ]

    /// Most words in a label line.
    static let maxLabelWords = 6

    /// True when the lower-cased `text` is a short line that opens a contact box.
    static func isLabel(_ text: String) -> Bool {
        guard PhraseRules.wordCount(text) <= maxLabelWords else { return false }
        let label = PhraseRules.trimmedLabel(text)
        return labels.contains(label) || labelPrefixSet.isPrefix(of: label)
    }

    /// True when the lower-cased `text` is a phone, fax or e-mail line, or a bare e-mail address.
    /// The detail word must be a label ("Telefon:") or come with a number or an address ("Fax 040 12 34",
    /// "Mail info@…"): "Mobile phones are banned" is no contact line.
    static func isDetail(_ text: String) -> Bool {
        guard text.utf8.count <= 120 else { return false }
        // In ASCII text (no combining marks) Foundation's `contains("@")` is a byte search.
        let ascii = !text.utf8.contains(where: { $0 >= 0x80 })
        let firstWord = text.prefix(while: { $0 != " " && $0 != ":" && $0 != "/" })
        if detailWords.contains(String(firstWord)) {
            let rest = text.dropFirst(firstWord.count)
            let digits = rest.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.count
            if rest.first == ":" || digits >= 5 || (ascii ? rest.utf8.contains(0x40) : rest.contains("@")) { return true }
        }
        // "jan.koch@example.org" on its own line.
        guard PhraseRules.wordCount(text) <= 3 else { return false }
        return ascii ? text.utf8.contains(0x40) && text.utf8.contains(0x2E) : text.contains("@") && text.contains(".")
    }
}
