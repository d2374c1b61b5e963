import Testing

@testable import Clean

@Suite struct LanguageDetectorTests {
    /// A short news-like paragraph per language.
    static let paragraphs: [(String, String)] = [
        ("en", "The city council approved the new budget on Tuesday after a long debate. Most of the money will go to schools and roads, and the mayor said that the plan would be ready by the end of the year."),
        ("de", "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen. Das meiste Geld soll in Schulen und Straßen fließen, und der Bürgermeister sagte, dass der Plan bis zum Ende des Jahres fertig sein wird."),
        ("fr", "Le conseil municipal a adopté mardi le nouveau budget après un long débat. La plus grande partie de l'argent ira aux écoles et aux routes, et le maire a dit que le plan sera prêt avant la fin de l'année."),
        ("es", "El ayuntamiento aprobó el martes el nuevo presupuesto después de un largo debate. La mayor parte del dinero irá a las escuelas y a las carreteras, y el alcalde dijo que el plan estará listo antes del final del año."),
        ("it", "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito. La maggior parte dei soldi andrà alle scuole e alle strade, e il sindaco ha detto che il piano sarà pronto entro la fine dell'anno."),
        ("pt", "A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo debate. A maior parte do dinheiro vai para as escolas e as estradas, e o prefeito disse que o plano estará pronto até o fim do ano."),
        ("nl", "De gemeenteraad heeft dinsdag na een lang debat de nieuwe begroting goedgekeurd. Het meeste geld gaat naar scholen en wegen, en de burgemeester zei dat het plan aan het eind van het jaar klaar zal zijn."),
        ("pl", "Rada miasta zatwierdziła we wtorek nowy budżet po długiej debacie. Większość pieniędzy trafi do szkół i na drogi, a burmistrz powiedział, że plan będzie gotowy do końca roku, jak tylko to jest możliwe."),
        ("cs", "Městská rada v úterý po dlouhé debatě schválila nový rozpočet. Většina peněz půjde na školy a silnice a starosta řekl, že plán bude hotový do konce roku, jak je to jen možné, a že je to pro město dobré."),
        ("sv", "Kommunfullmäktige godkände på tisdagen den nya budgeten efter en lång debatt. Det mesta av pengarna går till skolor och vägar, och borgmästaren sade att planen skulle vara klar vid årets slut och att det inte var för sent."),
        ("da", "Byrådet godkendte tirsdag det nye budget efter en lang debat. Det meste af pengene går til skoler og veje, og borgmesteren sagde, at planen ville være klar ved årets udgang, og at det ikke var for sent efter hans mening."),
        ("no", "Bystyret godkjente tirsdag det nye budsjettet etter en lang debatt. Det meste av pengene går til skoler og veier, og ordføreren sa at planen ville være klar ved årets slutt, og at det ikke var for sent etter hans mening."),
        ("fi", "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion pitkän keskustelun jälkeen. Suurin osa rahoista menee kouluihin ja teihin, ja pormestari sanoi, että suunnitelma on valmis vuoden loppuun mennessä, mutta se ei ole vielä varmaa."),
        ("tr", "Belediye meclisi uzun bir tartışmanın ardından salı günü yeni bütçeyi onayladı. Paranın büyük bir kısmı okullar ve yollar için kullanılacak ve belediye başkanı planın yıl sonuna kadar hazır olacağını söyledi, ama bu çok daha uzun sürebilir."),
        ("hu", "A városi tanács kedden hosszú vita után elfogadta az új költségvetést. A pénz nagy része az iskolákra és az utakra megy, és a polgármester azt mondta, hogy a terv az év végéig elkészül, de ez még nem biztos."),
        ("ro", "Consiliul local a aprobat marți noul buget după o dezbatere lungă. Cea mai mare parte a banilor va merge la școli și la drumuri, iar primarul a spus că planul va fi gata până la sfârșitul anului, dar nu este sigur."),
        ("ru", "Городской совет во вторник после долгих споров утвердил новый бюджет. Большая часть денег пойдёт на школы и дороги, и мэр сказал, что план будет готов к концу года, но это ещё не точно."),
        ("uk", "Міська рада у вівторок після довгих суперечок затвердила новий бюджет. Більша частина грошей піде на школи та дороги, і мер сказав, що план буде готовий до кінця року, але це ще не точно."),
        ("el", "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον νέο προϋπολογισμό μετά από μακρά συζήτηση. Τα περισσότερα χρήματα θα πάνε σε σχολεία και δρόμους."),
        ("ar", "وافق المجلس البلدي يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل. وسيذهب معظم المال إلى المدارس والطرق، وقال رئيس البلدية إن الخطة ستكون جاهزة بنهاية العام."),
        ("zh", "市议会周二在经过长时间辩论后批准了新的预算。大部分资金将用于学校和道路，市长表示该计划将在年底前准备就绪。"),
        ("ja", "市議会は火曜日、長い議論の末に新しい予算を承認した。資金の大部分は学校と道路に使われ、市長は計画が年末までに準備できると述べた。"),
        ("ko", "시의회는 화요일 긴 토론 끝에 새 예산을 승인했다. 대부분의 돈은 학교와 도로에 쓰일 것이며, 시장은 계획이 연말까지 준비될 것이라고 말했다."),
        ("he", "מועצת העיר אישרה ביום שלישי את התקציב החדש לאחר דיון ארוך. רוב הכסף יועבר לבתי ספר ולכבישים."),
        ("hi", "नगर परिषद ने मंगलवार को लंबी बहस के बाद नए बजट को मंजूरी दी। अधिकांश पैसा स्कूलों और सड़कों पर खर्च होगा।"),
        ("id", "Dewan kota menyetujui anggaran baru pada hari Selasa setelah perdebatan panjang. Sebagian besar uang itu akan digunakan untuk sekolah dan jalan, dan wali kota mengatakan bahwa rencana tersebut akan siap pada akhir tahun."),
    ]

    @Test(arguments: paragraphs)
    func detectsShortParagraphs(expected: String, text: String) throws {
        let guess = try #require(LanguageDetector.detect(text), "no guess for \(expected)")
        #expect(guess.language == expected)
    }

    @Test func tooLittleTextSaysNothing() {
        #expect(LanguageDetector.detect("OK") == nil)
        #expect(LanguageDetector.detect("1234 5678 90 — 42") == nil)
    }

    @Test func onlyASureGuessOverrulesADeclaredLanguage() throws {
        let german = try #require(LanguageDetector.detect(String(repeating: Self.paragraphs[1].1 + " ", count: 3)))
        #expect(german.isSure)
        #expect(LanguageDetector.contradicts(declared: "en", guess: german))
        #expect(!LanguageDetector.contradicts(declared: "de", guess: german))
        // Unknown declared languages and close relatives stand.
        #expect(!LanguageDetector.contradicts(declared: "lb", guess: german))
        let danish = LanguageDetector.Guess(language: "da", isSure: true)
        #expect(!LanguageDetector.contradicts(declared: "nb", guess: danish))
        #expect(!LanguageDetector.contradicts(declared: "en", guess: LanguageDetector.Guess(language: "fr", isSure: false)))
    }
}
