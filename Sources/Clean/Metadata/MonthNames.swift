/// Month names in the languages of most news pages we see, full and abbreviated, lower-cased and without
/// the abbreviation dot: English, German, French, Spanish, Italian, Dutch, Portuguese, then (`moreNames`)
/// Scandinavian, Finnish, Polish, Czech, Slovak, Hungarian, Romanian, Turkish, Croatian, Russian,
/// Ukrainian and Greek, in the nominative and the genitive ("22 ноября 2018") forms pages use.
///
/// Why a table: `DateFormatter` knows one locale at a time and is costly to build; pages mix languages.
/// Croatian "listopad" (October) is left out: Polish and Czech use it for November.
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
        for (index, group) in moreNames.enumerated() {
            for name in group.split(separator: " ") where table[String(name)] == nil {
                table[String(name)] = index + 1
            }
        }
        return table
    }()

    /// Space-separated names per month, January first. Names already in `table` keep their month.
    private static let moreNames: [String] = [
        "januar jan januari tammikuu tammikuuta tammik styczeń styczen stycznia sty leden ledna január januára január "
            + "ianuarie ian ocak siječanj siječnja январь января янв січень січня січ ιανουάριος ιανουαρίου ιαν",
        "februar februari helmikuu helmikuuta helmik luty lutego lut únor února február februára február "
            + "februarie şubat subat veljača veljače февраль февраля фев февр лютий лютого лют φεβρουάριος "
            + "φεβρουαρίου φεβ",
        "mars marts maaliskuu maaliskuuta maalisk marzec marca březen března marec marca március martie mart "
            + "ožujak ožujka март марта березень березня бер μάρτιος μαρτίου μαρ",
        "april huhtikuu huhtikuuta huhtik kwiecień kwiecien kwietnia kwi duben dubna apríl apríla április "
            + "aprilie nisan travanj travnja апрель апреля апр квітень квітня квіт απρίλιος απριλίου απρ",
        "maj toukokuu toukokuuta toukok maja květen května máj mája május mai mayıs mayis svibanj svibnja "
            + "май мая травень травня трав μάιος μαΐου μαιου μαΐ",
        "juni kesäkuu kesäkuuta kesäk czerwiec czerwca cze červen června jún júna június iunie haziran lipanj "
            + "lipnja июнь июня июн червень червня черв ιούνιος ιουνίου ιουν",
        "juli heinäkuu heinäkuuta heinäk lipiec lipca lip červenec července júl júla július iulie temmuz "
            + "srpanj srpnja июль июля июл липень липня лип ιούλιος ιουλίου ιουλ",
        "august augusti elokuu elokuuta elok sierpień sierpien sierpnia sie srpen srpna augusta augusztus "
            + "ağustos agustos kolovoz kolovoza август августа авг серпень серпня серп αύγουστος αυγούστου αυγ",
        "september syyskuu syyskuuta syysk wrzesień wrzesien września wrzesnia wrz září září septembra "
            + "szeptember septembrie eylül eylul rujan rujna сентябрь сентября сен сент вересень вересня вер "
            + "σεπτέμβριος σεπτεμβρίου σεπ",
        "oktober lokakuu lokakuuta lokak październik pazdziernik października pazdziernika paź říjen října "
            + "októbra október octombrie ekim октябрь октября окт жовтень жовтня жовт "
            + "οκτώβριος οκτωβρίου οκτ",
        "november marraskuu marraskuuta marrask listopad listopada lis listopadu novembra noiembrie kasım "
            + "kasim studeni studenoga ноябрь ноября ноя нояб листопад листопада лист νοέμβριος νοεμβρίου νοε",
        "december desember dec joulukuu joulukuuta jouluk grudzień grudzien grudnia gru prosinec prosince "
            + "decembra decembrie aralık aralik prosinca декабрь декабря дек грудень грудня груд δεκέμβριος "
            + "δεκεμβρίου δεκ",
    ]
}
