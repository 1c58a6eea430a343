/// Country names, their variants and demonyms, mapped to one canonical English short name.
/// Written for brief after the English short names of ISO 3166-1 and common newswire variants.
enum Countries {
    /// Lower-case name or variant → canonical name ("u.s." → "United States").
    static let names: WordTable<String> = WordList.table("""
    united states=United States|u.s.=United States|u.s.a.=United States|usa=United States|america=United States
    united kingdom=United Kingdom|u.k.=United Kingdom|uk=United Kingdom|britain=United Kingdom|great britain=United Kingdom
    england=England|scotland=Scotland|wales=Wales|ireland=Ireland|northern ireland=Northern Ireland
    france=France|germany=Germany|italy=Italy|spain=Spain|portugal=Portugal|netherlands=Netherlands|holland=Netherlands
    belgium=Belgium|luxembourg=Luxembourg|switzerland=Switzerland|austria=Austria|denmark=Denmark|norway=Norway
    sweden=Sweden|finland=Finland|iceland=Iceland|poland=Poland|czech republic=Czech Republic|czechia=Czech Republic
    slovakia=Slovakia|hungary=Hungary|romania=Romania|bulgaria=Bulgaria|greece=Greece|cyprus=Cyprus|malta=Malta
    croatia=Croatia|serbia=Serbia|bosnia=Bosnia and Herzegovina|slovenia=Slovenia|albania=Albania|kosovo=Kosovo
    montenegro=Montenegro|macedonia=North Macedonia|north macedonia=North Macedonia|moldova=Moldova
    estonia=Estonia|latvia=Latvia|lithuania=Lithuania|belarus=Belarus|ukraine=Ukraine|russia=Russia
    georgia=Georgia|armenia=Armenia|azerbaijan=Azerbaijan|turkey=Turkey|türkiye=Turkey|kazakhstan=Kazakhstan
    uzbekistan=Uzbekistan|turkmenistan=Turkmenistan|kyrgyzstan=Kyrgyzstan|tajikistan=Tajikistan
    china=China|japan=Japan|north korea=North Korea|south korea=South Korea|korea=Korea|taiwan=Taiwan
    mongolia=Mongolia|india=India|pakistan=Pakistan|bangladesh=Bangladesh|afghanistan=Afghanistan|nepal=Nepal
    sri lanka=Sri Lanka|myanmar=Myanmar|burma=Myanmar|thailand=Thailand|vietnam=Vietnam|cambodia=Cambodia|laos=Laos
    malaysia=Malaysia|singapore=Singapore|indonesia=Indonesia|philippines=Philippines|australia=Australia
    new zealand=New Zealand|iran=Iran|iraq=Iraq|syria=Syria|lebanon=Lebanon|israel=Israel|jordan=Jordan
    saudi arabia=Saudi Arabia|yemen=Yemen|oman=Oman|qatar=Qatar|kuwait=Kuwait|bahrain=Bahrain
    united arab emirates=United Arab Emirates|uae=United Arab Emirates|egypt=Egypt|libya=Libya|tunisia=Tunisia
    algeria=Algeria|morocco=Morocco|sudan=Sudan|south sudan=South Sudan|ethiopia=Ethiopia|eritrea=Eritrea
    somalia=Somalia|kenya=Kenya|uganda=Uganda|tanzania=Tanzania|rwanda=Rwanda|nigeria=Nigeria|ghana=Ghana
    mali=Mali|niger=Niger|chad=Chad|senegal=Senegal|cameroon=Cameroon|congo=Congo|angola=Angola|zambia=Zambia
    zimbabwe=Zimbabwe|mozambique=Mozambique|south africa=South Africa|namibia=Namibia|botswana=Botswana
    canada=Canada|mexico=Mexico|cuba=Cuba|haiti=Haiti|jamaica=Jamaica|guatemala=Guatemala|honduras=Honduras
    el salvador=El Salvador|nicaragua=Nicaragua|costa rica=Costa Rica|panama=Panama|colombia=Colombia
    venezuela=Venezuela|ecuador=Ecuador|peru=Peru|bolivia=Bolivia|brazil=Brazil|chile=Chile|argentina=Argentina
    uruguay=Uruguay|paraguay=Paraguay|vatican=Vatican City|palestine=Palestine|gaza=Gaza|crimea=Crimea
    """)

    /// Lower-case demonym → canonical country name ("french" → "France").
    static let demonyms: WordTable<String> = WordList.table("""
    american=United States|u.s.=United States|us=United States|british=United Kingdom|english=England
    scottish=Scotland|welsh=Wales|irish=Ireland|french=France|german=Germany|italian=Italy|spanish=Spain
    portuguese=Portugal|dutch=Netherlands|belgian=Belgium|swiss=Switzerland|austrian=Austria|danish=Denmark
    norwegian=Norway|swedish=Sweden|finnish=Finland|polish=Poland|czech=Czech Republic|slovak=Slovakia
    hungarian=Hungary|romanian=Romania|bulgarian=Bulgaria|greek=Greece|cypriot=Cyprus|croatian=Croatia
    serbian=Serbia|bosnian=Bosnia and Herzegovina|slovenian=Slovenia|albanian=Albania|moldovan=Moldova
    estonian=Estonia|latvian=Latvia|lithuanian=Lithuania|belarusian=Belarus|ukrainian=Ukraine|russian=Russia
    georgian=Georgia|armenian=Armenia|azerbaijani=Azerbaijan|turkish=Turkey|kazakh=Kazakhstan|uzbek=Uzbekistan
    chinese=China|japanese=Japan|north korean=North Korea|south korean=South Korea|korean=Korea
    taiwanese=Taiwan|mongolian=Mongolia|indian=India|pakistani=Pakistan|bangladeshi=Bangladesh|afghan=Afghanistan
    nepalese=Nepal|sri lankan=Sri Lanka|thai=Thailand|vietnamese=Vietnam|cambodian=Cambodia|malaysian=Malaysia
    singaporean=Singapore|indonesian=Indonesia|filipino=Philippines|philippine=Philippines|australian=Australia
    iranian=Iran|iraqi=Iraq|syrian=Syria|lebanese=Lebanon|israeli=Israel|jordanian=Jordan|saudi=Saudi Arabia
    yemeni=Yemen|qatari=Qatar|kuwaiti=Kuwait|emirati=United Arab Emirates|egyptian=Egypt|libyan=Libya
    tunisian=Tunisia|algerian=Algeria|moroccan=Morocco|sudanese=Sudan|ethiopian=Ethiopia|somali=Somalia
    kenyan=Kenya|ugandan=Uganda|nigerian=Nigeria|ghanaian=Ghana|south african=South Africa|canadian=Canada
    mexican=Mexico|cuban=Cuba|haitian=Haiti|colombian=Colombia|venezuelan=Venezuela|peruvian=Peru
    brazilian=Brazil|chilean=Chile|argentine=Argentina|argentinian=Argentina|new zealand=New Zealand
    palestinian=Palestine|european=European Union|kurdish=Kurdistan|crimean=Crimea
    """)

    /// The longest number of words in a listed name or demonym.
    static let maxWords = 3

    /// The canonical country for a lower-case name or variant, or nil.
    static func canonical(_ lower: String) -> String? { names[lower] }

    /// The country of a lower-case demonym, or nil.
    static func ofDemonym(_ lower: String) -> String? { demonyms[lower] }

    /// Whether `lower` is a demonym in the plural ("Ukrainians", "Europeans"): people, not a person.
    static func isPluralDemonym(_ lower: String) -> Bool {
        lower.hasSuffix("s") && demonyms[String(lower.dropLast())] != nil
    }
}
