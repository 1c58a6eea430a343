/// Places that are not countries: capitals and large cities, U.S. states, regions, and the words
/// that make a capitalised phrase a building or a feature ("Palace", "Square"). Written for brief.
enum Places {
    /// Lower-case names of cities, states and regions.
    static let names = WordList.set("""
    paris london berlin rome madrid lisbon brussels amsterdam vienna prague warsaw budapest bucharest sofia \
    athens ankara istanbul moscow kyiv kiev kharkiv odesa odessa lviv donetsk luhansk mariupol minsk tbilisi \
    yerevan baku beijing shanghai hong tokyo seoul pyongyang taipei delhi mumbai islamabad kabul tehran \
    baghdad damascus beirut jerusalem tel aviv riyadh doha dubai cairo tripoli tunis algiers nairobi lagos \
    johannesburg pretoria ottawa toronto montreal vancouver havana caracas bogota lima brasilia santiago \
    sydney canberra melbourne geneva davos strasbourg munich frankfurt hamburg milan naples barcelona \
    manchester edinburgh dublin belfast stockholm oslo copenhagen helsinki vilnius riga tallinn \
    washington york chicago boston philadelphia atlanta miami dallas houston austin denver phoenix seattle \
    portland detroit cleveland baltimore pittsburgh nashville memphis orleans vegas angeles francisco diego \
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois \
    indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi \
    missouri montana nebraska nevada hampshire jersey mexico carolina dakota ohio oklahoma oregon \
    pennsylvania rhode tennessee texas utah vermont virginia wisconsin wyoming \
    europe asia africa america americas antarctica arctic caribbean balkans baltic scandinavia \
    middle east west north south donbas donbass crimea siberia kremlin-free iowa manhattan brooklyn queens \
    bronx hollywood silicon valley wall street capitol hill westminster downing elysee elysée
    """)

    /// Last words that make a capitalised phrase the name of a building, street or feature.
    static let featureWords = WordList.set("""
    palace hall square street avenue road boulevard airport station center centre church cathedral \
    mosque temple hotel stadium arena bridge river lake mountain mountains sea ocean bay island islands \
    park museum gallery tower county province region district state valley coast beach desert gulf strait \
    peninsula city town village flight factory refinery
    """)

    /// Whether the lower-case `word` is a listed place name.
    static func contains(_ word: String) -> Bool { names.contains(word) }
}
