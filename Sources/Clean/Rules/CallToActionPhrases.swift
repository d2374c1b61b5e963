/// Calls to action and notices, per language, that widgets and plugins put inside article bodies.
///
/// Each list holds phrases a *short* block (see `PhraseRules.maxWords`) must contain to be dropped.
/// Chosen to be specific: "follow us on", not "follow"; "subscribe to our newsletter", not
/// "subscribe" — a news sentence can say that someone "urged people to donate blood".
/// Languages: English, German, French, Spanish, Italian, Portuguese, Russian, Arabic, Polish, Dutch.
enum CallToActionPhrases {
    struct Language: Sendable {
        let code: String
        let follow: [String]
        let newsletter: [String]
        let donate: [String]
        let consent: [String]
        let share: [String]
        let readMore: [String]
        let legal: [String]
        let comments: [String]
    }

    static let languages: [Language] = [
        Language(
            code: "de",
            follow: ["folgen sie uns", "folge uns", "folgt uns", "werden sie fan"],
            newsletter: ["newsletter abonnieren", "zum newsletter anmelden", "für unseren newsletter", "newsletter bestellen",
                         "erfolgreich angemeldet", "vielen dank für ihre anmeldung", "ihre e-mail-adresse"],
            donate: ["jetzt spenden", "unterstützen sie uns", "unterstütze uns", "unterstützen sie unabhängigen journalismus"],
            consent: ["wir verwenden cookies", "diese website verwendet cookies", "verwendung von cookies", "cookie-einstellungen"],
            share: ["artikel teilen", "beitrag teilen", "auf facebook teilen", "per e-mail teilen"],
            readMore: ["lesen sie auch", "lesen sie mehr", "mehr zum thema", "das könnte sie auch interessieren"],
            legal: ["alle rechte vorbehalten"],
            comments: ["kommentar schreiben", "kommentare anzeigen", "diskutieren sie mit"]),
        Language(
            code: "fr",
            follow: ["suivez-nous", "suivez nous", "rejoignez-nous sur"],
            newsletter: ["abonnez-vous à notre newsletter", "inscrivez-vous à notre newsletter", "recevez notre newsletter",
                         "inscription à la newsletter", "votre adresse e-mail", "votre adresse email"],
            donate: ["faire un don", "faites un don", "soutenez-nous", "soutenez notre journalisme"],
            consent: ["nous utilisons des cookies", "ce site utilise des cookies", "utilisation des cookies", "gérer les cookies",
                      "paramètres des cookies"],
            share: ["partager cet article", "partager sur facebook", "partager sur twitter"],
            readMore: ["lire aussi", "à lire aussi", "lire la suite", "sur le même sujet"],
            legal: ["tous droits réservés"],
            comments: ["laisser un commentaire", "ajouter un commentaire", "réagir à cet article"]),
        Language(
            code: "es",
            follow: ["síguenos en", "siguenos en", "síguenos", "únete a nuestro canal"],
            newsletter: ["suscríbete a nuestro boletín", "suscríbete a nuestra newsletter", "recibe nuestro boletín",
                         "tu correo electrónico", "suscripción al boletín"],
            donate: ["haz una donación", "dona ahora", "apoya nuestro periodismo", "apóyanos"],
            consent: ["utilizamos cookies", "este sitio web utiliza cookies", "uso de cookies", "política de cookies",
                      "configuración de cookies"],
            share: ["compartir en facebook", "compartir en twitter", "comparte este artículo", "compartir esta noticia"],
            readMore: ["lee también", "leer más", "te puede interesar", "noticias relacionadas"],
            legal: ["todos los derechos reservados"],
            comments: ["deja un comentario", "dejar un comentario", "para comentar debes"]),
        Language(
            code: "it",
            follow: ["seguici su", "seguici anche su", "unisciti al nostro canale"],
            newsletter: ["iscriviti alla newsletter", "iscriviti alla nostra newsletter", "ricevi la newsletter",
                         "il tuo indirizzo email"],
            donate: ["fai una donazione", "sostienici", "sostieni il nostro giornalismo"],
            consent: ["utilizziamo i cookie", "questo sito utilizza cookie", "uso dei cookie", "informativa sui cookie"],
            share: ["condividi su facebook", "condividi questo articolo", "condividi su twitter"],
            readMore: ["leggi anche", "potrebbe interessarti", "leggi di più"],
            legal: ["tutti i diritti riservati", "riproduzione riservata"],
            comments: ["lascia un commento", "commenta per primo"]),
        Language(
            code: "pt",
            follow: ["siga-nos", "siga-nos no", "acompanhe-nos", "entre no nosso canal"],
            newsletter: ["assine nossa newsletter", "inscreva-se na nossa newsletter", "receba nossa newsletter",
                         "seu endereço de e-mail", "o seu e-mail"],
            donate: ["faça uma doação", "apoie o nosso jornalismo", "apoie-nos"],
            consent: ["utilizamos cookies", "este site utiliza cookies", "usamos cookies", "política de cookies"],
            share: ["compartilhar no facebook", "partilhar no facebook", "compartilhe esta notícia", "compartilhar no whatsapp"],
            readMore: ["leia também", "veja também", "leia mais", "saiba mais"],
            legal: ["todos os direitos reservados"],
            comments: ["deixe um comentário", "deixe seu comentário"]),
        Language(
            code: "ru",
            follow: ["подписывайтесь на наш", "подпишитесь на наш", "следите за нами", "присоединяйтесь к нам"],
            newsletter: ["подпишитесь на рассылку", "подписаться на рассылку", "ваш e-mail", "вы успешно подписались"],
            donate: ["поддержите нас", "поддержать проект", "сделать пожертвование"],
            consent: ["мы используем файлы cookie", "мы используем cookie", "сайт использует файлы cookie", "использование cookie"],
            share: ["поделиться в", "поделитесь статьей", "поделиться статьей"],
            readMore: ["читайте также", "читать далее", "читайте нас в"],
            legal: ["все права защищены", "при перепечатке ссылка"],
            comments: ["оставить комментарий", "добавить комментарий", "комментарии для сайта"]),
        Language(
            code: "ar",
            follow: ["تابعونا على", "تابعنا على", "انضم إلى قناتنا"],
            newsletter: ["اشترك في النشرة", "اشترك في نشرتنا", "بريدك الإلكتروني", "تم الاشتراك بنجاح"],
            donate: ["تبرع الآن", "ادعمنا", "ادعم صحافتنا"],
            consent: ["نستخدم ملفات تعريف الارتباط", "ملفات الكوكيز", "يستخدم هذا الموقع ملفات"],
            share: ["شارك على فيسبوك", "شارك المقال", "مشاركة على"],
            readMore: ["اقرأ أيضا", "اقرأ أيضاً", "اقرأ المزيد", "مواضيع ذات صلة"],
            legal: ["جميع الحقوق محفوظة"],
            comments: ["أضف تعليق", "اترك تعليقا", "اترك تعليقاً"]),
        Language(
            code: "pl",
            follow: ["obserwuj nas", "śledź nas na", "dołącz do nas na"],
            newsletter: ["zapisz się do newslettera", "zapisz się na newsletter", "twój adres e-mail"],
            donate: ["wesprzyj nas", "przekaż darowiznę", "wspieraj nas"],
            consent: ["używamy plików cookie", "ta strona używa plików cookie", "korzystamy z plików cookie"],
            share: ["udostępnij na facebooku", "udostępnij artykuł"],
            readMore: ["czytaj też", "czytaj także", "zobacz także", "zobacz też", "czytaj więcej"],
            legal: ["wszelkie prawa zastrzeżone"],
            comments: ["dodaj komentarz", "skomentuj"]),
        Language(
            code: "nl",
            follow: ["volg ons op", "volg ons via"],
            newsletter: ["schrijf je in voor onze nieuwsbrief", "meld je aan voor de nieuwsbrief", "ontvang onze nieuwsbrief",
                         "je e-mailadres"],
            donate: ["doneer nu", "steun ons", "steun onafhankelijke journalistiek"],
            consent: ["wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies"],
            share: ["deel dit artikel", "delen op facebook"],
            readMore: ["lees ook", "lees meer", "meer over dit onderwerp"],
            legal: ["alle rechten voorbehouden"],
            comments: ["plaats een reactie", "laat een reactie achter"]),
    ]

    /// All languages' phrases of one concept, lower-cased, for `PhraseRules`.
    static func phrases(_ concept: KeyPath<Language, [String]>) -> [String] {
        languages.flatMap { $0[keyPath: concept] }
    }
}
