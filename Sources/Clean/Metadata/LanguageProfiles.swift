/// The most frequent function words of each language detected from text, as precomputed sets.
///
/// Why function words: they make up a third to a half of running text in every language, are short, do not
/// depend on the topic, and differ between even close languages (Danish "af"/"blev" against Norwegian
/// "av"/"ble"). Each list holds 40 to 60 of the commonest words, lower-cased.
/// Must not hit: words shared by many languages count for each of them, so only the differences decide;
/// proper nouns and English loanwords are left out.
enum LanguageProfiles {
    /// Languages written in the Latin alphabet, told apart by their function words.
    static let latin: [(language: String, words: Set<String>)] = [
        ("en", words("the of and to in is that it was for on are with as his they be at one have this from by "
            + "not but what all were when we there can an which their said if do will each about how up out "
            + "them then she many some so these would other into has more her two like him see could no")),
        ("de", words("der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an "
            + "werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war "
            + "haben nur oder aber vor zur bis mehr durch man sein wurde sei ich")),
        ("fr", words("le de la les et des en un du une que est pour qui dans par plus pas au sur ne se ce il sont "
            + "avec ont son mais aux été comme elle nous ou leur bien cette sa ses tout fait très être aussi "
            + "peut je lui même après")),
        ("es", words("de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya "
            + "o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo "
            + "nos durante todos uno les ni contra otros ese eso ha")),
        ("it", words("di che il la e un a per non in una sono mi del si le da lo ma ha della con al gli come anche "
            + "più ci nel alla dei delle è i questo se io o suo sua essere ha stato nella dopo degli molto "
            + "tutti quando ancora")),
        ("pt", words("de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele "
            + "das tem à seu sua ou ser quando muito há nos já está também só pelo pela até isso ela entre era "
            + "depois sem mesmo aos ter seus são")),
        ("nl", words("de het een van en in is dat op te zijn voor met die niet aan er om ook als bij of uit dan "
            + "maar door wordt nog naar heeft over ze zo werd wel hij geen kan worden al tot deze dit moet wat "
            + "hun nu we")),
        ("pl", words("i w nie na się z do to że jest o jak a po co tak za od już ale tylko przez jego być dla "
            + "może czy jej są było ich też gdy bardzo przy nad pod jednak został który która które także "
            + "roku oraz")),
        ("cs", words("a se na je v že to s z o do i by jako ale jsou pro k jeho jak tak už po byl který která "
            + "které jejich bylo podle také jen nebo při aby mezi není jsem ve za od když byla již více tím")),
        ("sk", words("a sa na je v že to s z o do i by ako ale sú pre k jeho tak už po bol ktorý ktorá ktoré ich "
            + "bolo podľa aj len alebo pri aby medzi nie som vo za od keď bola už viac tým")),
        ("sv", words("och i att det som en på är av för med till den har inte om ett de jag men var så kan från "
            + "eller vid när sig också efter hade mycket nu bara skulle han hon vi där blev under sina")),
        ("da", words("og i at det som en på er af for med til den har ikke om et de jeg men var så kan fra eller "
            + "ved når sig også efter havde meget nu kun skulle han hun vi der blev under sine hvad nogle")),
        ("no", words("og i at det som en på er av for med til den har ikke om et de jeg men var så kan fra eller "
            + "ved når seg også etter hadde mye nå bare skulle han hun vi der ble under sine hva noen")),
        ("fi", words("ja on ei se että oli hän mutta kun niin myös ovat tai kuin joka mitä ole olla sen nyt vain "
            + "jo sitten vielä hänen sekä jotka ollut kanssa mukaan tämä nämä koska voi jos kaikki olisi "
            + "siitä")),
        ("tr", words("ve bir bu da de için ile olarak çok daha gibi en olan ama sonra kadar ne var değil her o "
            + "ya ki mi ise göre ancak şu tarafından yeni iki büyük oldu olduğu içinde")),
        ("hu", words("a az és hogy nem is egy meg el de van volt csak már ki mint ez azt még vagy kell lesz "
            + "pedig után szerint most ha minden között így amely aki nagy sem igen által")),
        ("ro", words("și în de la a cu să din pe nu că este o un pentru care mai se sunt au fost ca sau iar dar "
            + "după prin acest această lui ei fi despre între până foarte")),
        ("hr", words("i je u na se da za su od s a koji što ne kao o iz će ali ili bio sve nije kako samo biti "
            + "koja koje još te bi prema nakon godine može već")),
        ("id", words("yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena tersebut bisa "
            + "ada mereka lebih kata oleh saat sudah atau telah seperti hanya kami kita")),
        ("vi", words("của và là có trong được cho các những với không một người này đã để khi đến từ ra năm "
            + "cũng như theo về tại sẽ")),
        ("ca", words("de la i el que a en les els per amb un una no del es al com més però seva seu va són hi "
            + "també aquest aquesta ha fer")),
    ]

    /// Languages written in Cyrillic.
    static let cyrillic: [(language: String, words: Set<String>)] = [
        ("ru", words("и в не на что с он как по это она к но они мы из у за то от так все его же для был было "
            + "бы о только уже или если который также при ещё еще этого этом чем быть была были")),
        ("uk", words("і в не на що з він як по це вона до але вони ми із у за то від так все його для був було "
            + "б про тільки вже або якщо який також при ще цього цьому ніж бути була були та й")),
        ("bg", words("и в не на че с той как по това тя за но те ние от у се да са е все го за беше бяха само "
            + "вече или ако който също при още този ще")),
        ("sr", words("и у не на да се је што са од за као из али или био све није како само бити која које још "
            + "те би према након")),
    ]

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(separator: " ").map(String.init))
    }
}
