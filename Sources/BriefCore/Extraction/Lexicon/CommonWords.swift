/// Closed-class and frequent English words that are capitalised only because they start a sentence
/// or a heading, never parts of a name (written for brief: pronouns, determiners, conjunctions,
/// prepositions, frequent adverbs), plus month and weekday names and collective nouns for groups of
/// people ("Officials", "Republicans") that speak but are not persons.
enum CommonWords {
    /// Words that may start a sentence after an abbreviation that can end one ("U.S. The ...").
    static let sentenceStarters = WordList.set("""
    the a an he she it they we i you his her their its our this that these those there but and or so yet \
    in on at as if when while after before since although though however meanwhile still then now also \
    mr. mrs. ms. dr. what who why how where one some many most all both each
    """)

    /// Capitalised words that never begin or form a person's name.
    static let nonName = WordList.set("""
    the a an he she it they we i you me him us them his her their its our my your this that these those \
    there here but and or nor so yet for in on at as if when while after before since although though \
    however meanwhile still then now also of to from by with without about against between into over under \
    through during until within among across behind beyond toward towards upon near despite unlike like \
    what who whom whose which why how where whether not no yes all both each every either neither some any \
    many most much more less few several such other another one two three four five six seven eight nine ten \
    first second third last next new old many only even just already again always never often sometimes \
    perhaps maybe unfortunately fortunately indeed instead otherwise thus therefore hence speaking according \
    asked said says told added ahead because \(VerbForms.beFinite) \(VerbForms.have) does did \(VerbForms.beNonFinite) \
    should could would must might shall amid though according despite following given including \
    editor note update updated read watch see related photo video breaking exclusive analysis opinion \
    sources source officials official critics experts analysts observers supporters opponents voters \
    residents authorities police investigators prosecutors lawmakers legislators aides allies leaders \
    republicans democrats conservatives liberals progressives independents americans europeans \
    god lord jesus christ internet web online tv radio later earlier yesterday today tomorrow tonight \
    overall separately finally recently currently initially eventually apparently clearly certainly \
    asked speaking during where here there \
    nobody everybody somebody anybody everyone someone anyone nothing something everything anything
    """)

    /// Words that title case capitalises inside a headline and that are never inside a name: verbs,
    /// auxiliaries, prepositions and conjunctions ("Christie Is Over Marco Rubio", "Trump Slams Cruz").
    /// Adjectives that start names ("New", "First") are not among them.
    static let nameBreakers = WordList.set("""
    \(VerbForms.beFinite) \(VerbForms.have) does did \(VerbForms.beNonFinite) said says say told tells calls called asks asked \
    urges urged slams slammed blasts blasted bashes bashing attacks hits warns warned vows vowed wins won \
    should could would must might shall vs vs. versus to for from with over under against after before \
    at on in by into about and or but as than if when while
    """)

    /// Words in capitals that are not an organisation's acronym: radio bands, times of day, units.
    /// Words that open a sentence with a subordinate clause ("Although Trump has tweeted that …, its
    /// inclusion …"): who speaks in that clause is not the sentence's subject.
    static let subordinators = WordList.set("although though whereas while if unless because even")

    /// Words before a name given as an example of a group ("porters like Grizzle", "states including Ohio").
    static let exampleMarkers = WordList.set("like unlike including")

    /// Words that name a region of a country ("Western Canada", "Greater Toronto"): with the country
    /// they are a place, not an organisation.
    static let regionWords = WordList.set("""
    north south east west northern southern eastern western central atlantic pacific arctic greater upper lower \
    rural urban coastal inner outer far mid northeast northwest southeast southwest northeastern northwestern \
    southeastern southwestern all
    """)

    /// Personal pronouns as objects ("remembers him apologizing").
    static let objectPronouns = WordList.set("him her them")

    /// Words that open a relative clause inside a description ("the woman who called the police").
    static let relativePronouns = WordList.set("who whom whose which that")

    /// Words whose "'s" is "is" or "has", not a possessive: "who's thinking", "it's time".
    static let contractionHosts = WordList.set("who it he she that there what here where how")

    /// Beginnings of surnames written with a capital inside ("McCain", "LeBlanc", "DeSantis"): a word
    /// shaped so is a person's name, not a company's written in camel case ("TechCrunch").
    static let surnamePrefixes: Set<String> = ["Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Lo", "Van", "Von", "Fitz", "St", "Ten", "Ter", "Del", "Della", "Al", "El", "Ben", "Abu", "Bin"]

    static let notAcronyms = WordList.set("am pm fm tv ok rv gdp ceo cfo coo mph kph pct pac")

    /// Words of kinship for a woman, written before her name ("wife Fouzia Al Hashish").
    static let femaleKin = WordList.set("""
    wife mother daughter sister widow aunt niece granddaughter grandmother stepdaughter stepmother fiancée \
    fiancee girlfriend
    """)

    /// Words of kinship for a man, written before his name ("his son Kody").
    static let maleKin = WordList.set("""
    husband father son brother widower uncle nephew grandson grandfather stepson stepfather fiancé fiance \
    boyfriend
    """)

    /// Words of kinship of either gender ("cousin Ana", "partner Jo").
    static let kinship = WordSet(Array(femaleKin) + Array(maleKin) + ["cousin", "partner"])

    /// The articles: "a", "an", "the".
    static let articles = WordList.set("a an the")

    /// Definite determiners and possessives that open a description of one known person ("the prime
    /// minister", "his spokesman"); "a top aide" is someone unnamed.
    static let determiners = WordList.set("the this that his her its their our")

    /// Words after a hyphen that make an adjective of a name, besides participles ("Trump-style",
    /// "Obama-era", "Kremlin-run").
    static let modifierTails = WordList.set("style era like type born made run held owned esque ish class wide based linked led fed")

    /// Prepositions that open a person's affiliation after the name ("Jo Ames of IG", "at the
    /// University of Toronto", "with the health authority").
    static let affiliationPrepositions = WordList.set("of at from with")

    /// Lower-case words that may join the capitalised words of one name ("University of Toronto",
    /// "Institute for Fiscal Studies", "Procter & Gamble").
    static let nameConnectors = WordList.set("of for &")

    /// Nouns of something a person wrote or said that speaks for them ("her statement read", "his
    /// letter says"); unlike a spokesman, it is no other person.
    static let ownStatements = WordList.set("""
    statement statements letter letters tweet tweets post posts email emails e-mail memo message note \
    remarks comments column op-ed blog memoir book
    """)

    /// Words of a photo credit ("THE CANADIAN PRESS FILE PHOTO", "Getty Images", "Reuters").
    static let photoCredits = WordList.set("photo photos photograph photography file press images getty reuters afp handout submitted courtesy")

    /// Where someone stands in a picture, between commas in a caption (", left,").
    /// Labels that open a line of a web page's layout, before a colon and a link to another story
    /// ("READ MORE: …", "WATCH: …", "Related: …").
    static let linkLabels: Set<String> = ["read more", "watch", "related", "more", "also read", "see also", "listen",
                                         "watch below", "watch more", "click here", "sign up", "subscribe", "explainer"]
    /// Lines of a web page's layout that stand alone between paragraphs, their words in lower case.
    static let layoutLines: Set<String> = ["story continues below advertisement", "story continues below", "article continued below",
                                          "article continues below", "continue reading below", "advertisement",
                                          "continue reading", "scroll to continue with content", "continue reading the main story"]
    static let picturePositions = WordList.set("left right centre center")

    /// Words before a title that make it imagined, not held: "a President Trump", "would-be
    /// president", "future President".
    static let hypotheticalTitleMarkers = WordList.set("a an would-be future")

    /// Words after which a word that can be a title is a verb ("to host", "would counsel").
    static let verbOpeners = WordList.set("to will would can could should may might must not did does do")

    /// Month names and abbreviations.
    static let months = WordList.set("""
    january february march april may june july august september october november december \
    jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
    """)

    /// Weekday names.
    static let weekdays = WordList.set(weekdayNames)

    /// The names of the days of the week, lower case, for the lists that hold them among other words.
    static let weekdayNames = "monday tuesday wednesday thursday friday saturday sunday"

    /// Non-name words, months, weekdays and group nouns together: the words ``NameRecognizer`` never
    /// takes for (the start of) a name, in one look-up.
    static let neverName = WordSet(Array(nonName) + Array(months) + Array(weekdays) + Array(groupNouns))

    /// Plural nouns for groups of people: speakers that are not persons.
    static let groupNouns = WordList.set("""
    officials sources critics experts analysts observers supporters opponents voters residents authorities \
    police investigators prosecutors lawmakers legislators aides allies leaders diplomats protesters \
    republicans democrats conservatives liberals progressives people reporters journalists witnesses
    """)
}
