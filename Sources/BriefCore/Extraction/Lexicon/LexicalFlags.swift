/// The word lists of the lexicons that a lower-case word belongs to. One look-up in a table of all
/// their words gives every membership at once; ``ParagraphText`` keeps the flags of each token, so
/// that the name and attribution rules test bits instead of looking the same word up in list after list.
struct LexicalFlags: OptionSet, Sendable {
    let rawValue: UInt64

    /// ``Titles/roleWords``: a title head or qualifier.
    static let roleWord = LexicalFlags(rawValue: 1 << 0)
    /// ``Titles/heads``.
    static let titleHead = LexicalFlags(rawValue: 1 << 1)
    /// ``Titles/qualifiers``.
    static let titleQualifier = LexicalFlags(rawValue: 1 << 2)
    /// ``Titles/honorifics``.
    static let honorific = LexicalFlags(rawValue: 1 << 3)
    /// ``Titles/female``.
    static let femaleTitle = LexicalFlags(rawValue: 1 << 4)
    /// ``Titles/male``.
    static let maleTitle = LexicalFlags(rawValue: 1 << 5)
    /// A key of ``Countries/demonyms``.
    static let demonym = LexicalFlags(rawValue: 1 << 6)
    /// A key of ``Countries/names``.
    static let country = LexicalFlags(rawValue: 1 << 7)
    /// ``Places/names``.
    static let place = LexicalFlags(rawValue: 1 << 8)
    /// ``Places/featureWords``.
    static let placeFeature = LexicalFlags(rawValue: 1 << 9)
    /// A key of ``Organizations/known``.
    static let organization = LexicalFlags(rawValue: 1 << 10)
    /// ``Organizations/headWords``.
    static let organizationHead = LexicalFlags(rawValue: 1 << 11)
    /// ``GivenNames/all``.
    static let givenName = LexicalFlags(rawValue: 1 << 12)
    /// ``GivenNames/male``.
    static let maleGivenName = LexicalFlags(rawValue: 1 << 13)
    /// ``GivenNames/female``.
    static let femaleGivenName = LexicalFlags(rawValue: 1 << 14)
    /// ``CommonWords/neverName``.
    static let neverName = LexicalFlags(rawValue: 1 << 15)
    /// ``CommonWords/nonName``.
    static let nonName = LexicalFlags(rawValue: 1 << 16)
    /// ``CommonWords/months``.
    static let month = LexicalFlags(rawValue: 1 << 17)
    /// ``CommonWords/weekdays``.
    static let weekday = LexicalFlags(rawValue: 1 << 18)
    /// ``NameRecognizer/particles``.
    static let particle = LexicalFlags(rawValue: 1 << 19)
    /// ``NameRecognizer/actionWords``.
    static let actionWord = LexicalFlags(rawValue: 1 << 20)
    /// ``NameRecognizer/pluralVerbs``.
    static let pluralVerb = LexicalFlags(rawValue: 1 << 21)
    /// ``NameRecognizer/institutionalVerbs``.
    static let institutionalVerb = LexicalFlags(rawValue: 1 << 22)
    /// ``SpeechVerbs/forms``.
    static let speechVerb = LexicalFlags(rawValue: 1 << 23)
    /// ``SpeechVerbs/naming``.
    static let namingVerb = LexicalFlags(rawValue: 1 << 24)
    /// ``SpeechVerbs/participles``.
    static let participle = LexicalFlags(rawValue: 1 << 25)
    /// ``Attributor/skippable``.
    static let skippable = LexicalFlags(rawValue: 1 << 26)
    /// ``FamilyNames/first``.
    static let familyFirst = LexicalFlags(rawValue: 1 << 27)
    /// The first word of a key of several words of ``Countries/names``, ``Places/names`` or
    /// ``Organizations/known``: only such a word can start a known name of several words.
    static let startsLongName = LexicalFlags(rawValue: 1 << 28)
    /// ``CommonWords/nameBreakers``: a capitalised word that ends a run of capitalised words.
    static let breaksName = LexicalFlags(rawValue: 1 << 29)
    /// ``Titles/occupations``: a title only when written in lower case.
    static let occupation = LexicalFlags(rawValue: 1 << 30)
    /// ``ReportedSpeechFinder/reporting``: a verb that reports what someone said or wrote.
    static let reportingVerb = LexicalFlags(rawValue: 1 << 31)
    /// ``Attributor/pronouns``: a personal pronoun that can be a speaker ("he", "she", "they", "I", "we").
    static let speakerPronoun = LexicalFlags(rawValue: 1 << 32)
    /// ``Attributor/determiners``: a word that opens a described speaker ("the", "a", "his").
    static let determiner = LexicalFlags(rawValue: 1 << 33)
    /// ``Attributor/nounDeterminers``: a word after which a speech verb's form is a noun ("the report").
    static let nounDeterminer = LexicalFlags(rawValue: 1 << 34)

    /// The flags of `lower`, a lower-case word ([] for a word in no list).
    @inline(__always)
    static func of(_ lower: String) -> LexicalFlags { table[lower] ?? [] }

    /// The flags of each token's lower-case form, by index (the table read once, no token copied).
    static func of(_ tokens: [Token]) -> [LexicalFlags] {
        let table = self.table
        var flags = [LexicalFlags](repeating: [], count: tokens.count)
        for i in tokens.indices {
            flags[i] = table[tokens[i].lower] ?? []
        }
        return flags
    }

    /// Every listed word with its flags.
    static let table: WordTable<LexicalFlags> = {
        var flags: [String: LexicalFlags] = [:]
        func add<S: Sequence>(_ words: S, _ flag: LexicalFlags) where S.Element == String {
            for word in words { flags[word, default: []].insert(flag) }
        }
        add(Titles.roleWords, .roleWord)
        add(Titles.heads, .titleHead)
        add(Titles.qualifiers, .titleQualifier)
        add(Titles.honorifics, .honorific)
        add(Titles.female, .femaleTitle)
        add(Titles.male, .maleTitle)
        add(Countries.demonyms.keys, .demonym)
        add(Countries.names.keys, .country)
        add(Places.names, .place)
        add(Places.featureWords, .placeFeature)
        add(Organizations.known.keys, .organization)
        add(Organizations.headWords, .organizationHead)
        add(GivenNames.all, .givenName)
        add(GivenNames.male, .maleGivenName)
        add(GivenNames.female, .femaleGivenName)
        add(CommonWords.neverName, .neverName)
        add(CommonWords.nonName, .nonName)
        add(CommonWords.months, .month)
        add(CommonWords.weekdays, .weekday)
        add(NameRecognizer.particles, .particle)
        add(NameRecognizer.actionWords, .actionWord)
        add(NameRecognizer.pluralVerbs, .pluralVerb)
        add(NameRecognizer.institutionalVerbs, .institutionalVerb)
        add(SpeechVerbs.forms, .speechVerb)
        add(SpeechVerbs.naming, .namingVerb)
        add(SpeechVerbs.participles, .participle)
        add(Attributor.skippable, .skippable)
        add(FamilyNames.first, .familyFirst)
        add(CommonWords.nameBreakers, .breaksName)
        add(Titles.occupations, .occupation)
        add(ReportedSpeechFinder.reporting, .reportingVerb)
        add(Attributor.pronouns, .speakerPronoun)
        add(Attributor.determiners, .determiner)
        add(Attributor.nounDeterminers, .nounDeterminer)
        let long = Array(Countries.names.keys) + Array(Places.longNames) + Array(Organizations.known.keys)
        add(long.compactMap { key in key.split(separator: " ").count > 1 ? key.split(separator: " ")[0] : nil }.map(String.init),
            .startsLongName)
        return WordTable(flags.map { ($0.key, $0.value) })
    }()
}
