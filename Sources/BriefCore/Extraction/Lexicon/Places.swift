/// Places that are not countries: capitals and large cities, U.S. states, regions, and the words
/// that make a capitalised phrase a building or a feature ("Palace", "Square"). Written for brief.
enum Places {
    /// Lower-case names of cities, states and regions.
    static let names = WordList.set("""
    paris london berlin rome madrid lisbon brussels amsterdam vienna prague warsaw budapest bucharest sofia \
    athens ankara istanbul moscow kyiv kiev kharkiv odesa odessa lviv donetsk luhansk mariupol minsk tbilisi \
    yerevan baku beijing shanghai tokyo seoul pyongyang taipei delhi mumbai islamabad kabul tehran \
    baghdad damascus beirut jerusalem riyadh doha dubai cairo tripoli tunis algiers nairobi lagos \
    johannesburg pretoria ottawa toronto montreal vancouver havana caracas bogota lima brasilia santiago \
    sydney canberra melbourne geneva davos strasbourg munich frankfurt hamburg milan naples barcelona \
    manchester edinburgh dublin belfast stockholm oslo copenhagen helsinki vilnius riga tallinn \
    washington chicago boston philadelphia atlanta miami dallas houston austin denver phoenix seattle \
    portland detroit cleveland baltimore pittsburgh nashville memphis \
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois \
    indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi \
    missouri montana nebraska nevada ohio oklahoma oregon \
    pennsylvania tennessee texas utah vermont virginia wisconsin wyoming \
    europe asia africa america americas antarctica arctic caribbean balkans baltic scandinavia \
    middle east west north south donbas donbass crimea siberia kremlin-free iowa manhattan brooklyn queens \
    bronx hollywood silicon valley wall street capitol hill westminster downing elysee elysée \
    alberta ontario quebec manitoba saskatchewan yukon nunavut newfoundland labrador calgary edmonton \
    winnipeg halifax saskatoon kelowna
    """)

    /// Lower-case names of several words ("new york", "nova scotia"), separated by `|`.
    static let longNames = WordList.phrases("""
    new york|new hampshire|new jersey|new mexico|new orleans|los angeles|san francisco|san diego
    las vegas|north carolina|south carolina|north dakota|south dakota|west virginia|rhode island
    new delhi|hong kong|tel aviv|st. louis|kansas city|salt lake city|nova scotia|new brunswick
    british columbia|prince edward island|silicon valley|capitol hill|wall street|gaza strip|west bank
    """)

    /// Last words that make a capitalised phrase the name of a building, street or feature.
    static let featureWords = WordList.set("""
    palace hall square street avenue road boulevard airport station center centre church cathedral \
    mosque temple hotel stadium arena bridge river lake mountain mountains sea ocean bay island islands \
    park museum gallery tower county province region district state valley coast beach desert gulf strait \
    peninsula city town village flight factory refinery
    """)

    /// Abbreviations of U.S. states and Canadian provinces as newswire writes them after a town ("Kissimmee,
    /// Fla.", "Antigonish, N.S."), lower case, without the final period.
    static let regionAbbreviations = WordList.set("""
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev \
    n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo d.c ont que b.c alta \
    sask man n.s n.b p.e.i nfld
    """)

    /// Whether the lower-case `name` (words joined by spaces) is a listed place name.
    static func contains(_ name: String) -> Bool { names.contains(name) || longNames.contains(name) }
}
