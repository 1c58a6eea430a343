/// Titles of office and honorifics that stand before or beside a name ("President", "spokeswoman",
/// "Gen.", "Mr."), with the words that qualify them ("Foreign", "Defence", "deputy", "former").
/// Written for brief from common English newswire usage.
enum Titles {
    /// Head nouns of a stated role.
    static let heads = WordList.set("""
    president president-elect vice-president chancellor minister premier secretary spokeswoman spokesman \
    spokesperson leader senator sen. sens. rep. reps. representative congressman congresswoman congressmember \
    gov. governor mayor general gen. lt. col. colonel admiral adm. commander cmdr. captain capt. major maj. \
    sergeant sgt. ambassador envoy director chairman chairwoman chair chief executive ceo cfo coo founder \
    co-founder king queen prince princess emperor pope cardinal archbishop bishop rabbi imam pastor rev. \
    judge justice attorney prosecutor counsel candidate nominee speaker commissioner diplomat adviser advisor \
    aide official deputy manager strategist pollster economist analyst professor prof. researcher scientist \
    lawyer head strongman dictator monarch sheikh ayatollah chief-of-staff treasurer comptroller sheriff \
    superintendent inspector detective officer negotiator correspondent editor columnist anchor host \
    publisher owner partner president's campaigner activist organizer consultant lawmaker legislator \
    delegate councilman councilwoman councillor alderman whip advocate mp mla mpp mep mna \
    sergeant-at-arms constable const. corporal cpl. coach author actor actress comedian filmmaker \
    journalist singer rapper musician novelist historian poet artist pres.
    """)

    /// Heads that are occupations rather than offices: written in lower case before a name ("singer Joni
    /// Mitchell"); capitalised inside a sentence they are part of a name ("the Singer World Series").
    static let occupations = WordList.set("""
    author actor actress comedian filmmaker journalist singer rapper musician novelist historian poet \
    artist host anchor owner partner activist campaigner advocate consultant
    """)

    /// Words that qualify a title: "Foreign Minister", "deputy spokesman", "former President".
    static let qualifiers = WordList.set("""
    foreign defence defense interior finance justice health education economy economic trade home state \
    treasury energy labor labour agriculture transport transportation environment culture commerce \
    homeland security intelligence military national federal prime first deputy vice assistant acting \
    former then-president then interim senior top chief principal associate executive general press \
    communications campaign party opposition majority minority supreme presidential republican democratic \
    democrat gop conservative liberal labour socialist u.s. state's attorney-general attorney \
    lieutenant rear field district county city regional provincial managing special political
    """)

    /// Qualifiers that say the office is no longer held ("former Mayor").
    static let pastMarkers = WordList.set("former ex then")

    /// Honorifics: they mark a person but are not a role.
    static let honorifics = WordList.set("mr. mrs. ms. miss dr. sir dame lord lady mx. mr mrs ms dr")

    /// Titles and honorifics that say the person is a woman.
    static let female = WordList.set("""
    mrs. ms. miss dame lady queen princess spokeswoman chairwoman congresswoman councilwoman mrs ms \
    businesswoman sister mother madam
    """)

    /// Titles and honorifics that say the person is a man.
    static let male = WordList.set("""
    mr. mr sir lord king prince spokesman chairman congressman councilman businessman father brother \
    emperor pope sheikh ayatollah
    """)

    /// Abbreviated titles and their full forms ("sen." is "senator").
    static let fullForms: [String: String] = [
        "sen.": "senator", "sens.": "senators", "rep.": "representative", "reps.": "representatives", "gov.": "governor",
        "gen.": "general", "pres.": "president", "lt.": "lieutenant", "col.": "colonel", "maj.": "major", "capt.": "captain",
        "cmdr.": "commander", "adm.": "admiral", "sgt.": "sergeant", "cpl.": "corporal", "const.": "constable",
        "prof.": "professor", "rev.": "reverend", "supt.": "superintendent", "insp.": "inspector", "det.": "detective",
        "atty.": "attorney", "sec.": "secretary", "amb.": "ambassador",
    ]

    /// The full form of a title word (lower case): "sen." → "senator"; any other word as it is.
    static func fullForm(_ word: String) -> String { fullForms[word] ?? word }

    /// Whether `word` (lower case) is a title head.
    static func isHead(_ word: String) -> Bool { heads.contains(word) }

    /// Whether `word` (lower case) may be part of a stated role before a name.
    static func isRoleWord(_ word: String) -> Bool { roleWords.contains(word) }

    /// Heads and qualifiers together: one look-up instead of two.
    static let roleWords = WordSet(Array(heads) + Array(qualifiers))
}
