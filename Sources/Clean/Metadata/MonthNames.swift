/// Month names in the languages of most news pages we see (English, German, French, Spanish, Italian,
/// Dutch, Portuguese), full and abbreviated, lower-cased and without the abbreviation dot.
///
/// Why a table: `DateFormatter` knows one locale at a time and is costly to build; pages mix languages.
/// Must not hit: ordinary words. Short forms that are also common words ("mar", "may") only count next to a
/// day number and a year, which `DateNormalizer` requires.
enum MonthNames {
    static func number(of word: String) -> Int? {
        table[word]
    }

    private static let table: [String: Int] = {
        let names: [[String]] = [
            [
                "january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio",
                "januari", "janeiro",
            ],
            [
                "february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
                "februari",
                "fevereiro", "fev",
            ],
            ["march", "mar", "märz", "maerz", "mars", "marzo", "maart", "março", "marco", "mrz"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "mei", "maio"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "junho"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho"],
            ["august", "aug", "août", "aout", "agosto", "augustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            [
                "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
                "dicembre",
                "dezembro",
            ],
        ]
        var table: [String: Int] = [:]
        for (index, group) in names.enumerated() {
            for name in group { table[name] = index + 1 }
        }
        return table
    }()
}
