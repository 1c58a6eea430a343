/// The words temporal expressions are made of, as constant tables written for this project:
/// month and weekday names and abbreviations, number words, units, seasons, parts of the day, holidays.
enum TemporalLexicon {
    /// Month names and abbreviations (lower-case, without the period) to month numbers.
    static let months: WordTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Time zones written after a clock time ("10 p.m. EST", "1750 GMT"), left out of its value.
    static let timeZones: WordSet = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "bst", "cet", "cest",
                                     "gmt", "utc", "z", "hrs", "msk", "jst", "ist", "aest", "aedt"]

    /// Things written with a number that names them, not a year ("Bill 1523", "Section 1001", "Flight 1549").
    static let numberedThings: WordSet = ["bill", "section", "sections", "code", "chapter", "article", "rule", "room",
        "flight", "route", "highway", "interstate", "no.", "number", "resolution", "amendment", "paragraph", "suite",
        "unit", "apartment", "platform", "gate", "channel", "model", "form", "exhibit", "docket", "case", "lot"]

    /// Words of four letters or more ending in "s" that are not plural nouns.
    static let notPlurals: WordSet = ["this", "thus", "plus", "less", "unless", "across", "always", "perhaps", "besides",
        "towards", "afterwards", "nevertheless", "whereas", "does", "goes", "has", "was", "is", "its", "his", "hers",
        "ours", "theirs", "yours", "whose", "various", "serious", "previous", "famous", "numerous", "news"]

    /// Conjunctions dropped from the start of an event's line ("while", "and": the clause is cut from
    /// its sentence), each with the space after it.
    static let lineConjunctions = ["while ", "whereas ", "and ", "but ", "as "]

    /// Words of four letters or more that say nothing of what happened, left out of the words by which
    /// the timeline tells two reports of one event (``ContentWords``).
    static let eventStopWords: WordSet = ["that", "this", "with", "from", "have", "will", "would", "said", "were",
        "been", "their", "they", "them", "which", "about", "after", "before", "into", "than", "also", "when", "while",
        "there", "these", "those"]

    /// Month names that are also common words or first names, which need a date context to count.
    static let ambiguousMonths: WordSet = ["march", "may", "june", "august", "april", "jan", "mar", "dec"]

    /// Words that open a phrase of time or place before a sentence's main clause ("On Tuesday, …",
    /// "Last week, …", "Earlier this month, …").
    static let introductoryOpeners = WordList.set("in on at by during after before since until last earlier later early late from over within throughout")

    /// Words that open a relative clause after a comma ("…, which had frayed", "…, where a coalition is
    /// fighting").
    static let relativeOpeners = RelativePronouns.all

    /// Capitalised words that make a weekday a named day ("Super Tuesday", "Black Friday",
    /// "Cyber Monday", "Bloody Sunday"): not a weekday relative to the article's date.
    static let namedDayWords = WordList.set("super black cyber giving bloody small shrove maundy holy palm ash good easter")

    /// Weekday names and abbreviations to ISO weekday numbers (Monday = 1).
    static let weekdays: WordTable<Int> = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]

    /// Cardinal number words to values.
    static let numbers: WordTable<Int> = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "dozen": 12, "couple": 2,
    ]

    /// Words for an unspecified number ("several years" is `PXY`).
    static let vagueQuantities: WordSet = ["several", "few", "many", "numerous"]

    /// Ordinal words to values ("third quarter").
    static let ordinals: WordTable<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
        "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": 4, "final": 4,
    ]

    /// Unit words, singular and plural, to units.
    static let units: WordTable<TemporalUnit> = [
        "minute": .minute, "minutes": .minute, "hour": .hour, "hours": .hour, "day": .day, "days": .day,
        "week": .week, "weeks": .week, "weekend": .weekend, "weekends": .weekend, "month": .month,
        "months": .month, "quarter": .quarter, "quarters": .quarter, "year": .year, "years": .year,
        "decade": .decade, "decades": .decade, "century": .century, "centuries": .century,
    ]

    /// Season names to seasons.
    static let seasons: WordTable<Season> = [
        "spring": .spring, "summer": .summer, "fall": .fall, "autumn": .fall, "winter": .winter,
    ]

    /// Parts of the day to their TIMEX3 codes.
    static let partsOfDay: WordTable<PartOfDay> = [
        "morning": .morning, "afternoon": .afternoon, "evening": .evening, "night": .night,
        "midday": .midday, "noon": .midday, "overnight": .night,
    ]

    /// Fixed-date holidays: their words (lower-case, space-separated) to (month, day).
    static let holidays: WordTable<(month: Int, day: Int)> = [
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
        "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
        "bastille day": (7, 14), "halloween": (10, 31), "valentine's day": (2, 14),
        "veterans day": (11, 11), "armistice day": (11, 11),
    ]

    /// Holidays on the n-th weekday of a month: their words to (month, ISO weekday, n). US Thanksgiving
    /// is the fourth Thursday of November (36 U.S.C. § 6103).
    static let weekdayHolidays: WordTable<(month: Int, weekday: Int, nth: Int)> = [
        "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4),
    ]

    /// Adverbs of frequency to TIMEX3 set values.
    static let frequencies: WordTable<String> = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
        "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
    ]

    /// Words that point at the present, past or future on their own.
    static let references: WordTable<TemporalReference> = [
        "now": .present, "currently": .present, "nowadays": .present, "presently": .present,
        "recently": .past, "lately": .past,
        "soon": .future,
    ]

    /// Words "the" may take before a length of time ("the past three months", "the next two weeks").
    static let durationModifiers = WordList.set("past last next first coming previous final following")

    /// Words before a plural unit that make it a length of time ("for years", "took months").
    static let durationLeadIns = WordList.set("for in over within took take takes lasted last spent spend")

    /// Quantities before "a year" that make it a rate ("$5 billion a year", "twice a day").
    static let rateQuantities = WordList.set("million billion trillion times twice once percent dollars cents thousand")

    /// Words before "noon" or "midnight" that make it a time of day ("at noon", "until midnight").
    static let clockPrepositions = WordList.set("at by until")

    /// Time zones that mean universal time ("1750 GMT").
    static let universalZones = WordList.set("utc gmt")

    /// The non-finite forms of "be": a participle after one takes its tense from the auxiliary before ("will be held").
    static let beNonFinite = WordList.set(VerbForms.beNonFinite)

    /// Words between "the" and "quarter" that mean the latest one ("the latest quarter").
    static let recentWords = WordList.set("latest recent just-ended past")

    /// The words of "going to", "is to", "are to": the future before "to".
    static let goingToWords = ["going", "is", "are"]

    /// Words that point a date forward ("will", "upcoming", "scheduled").
    static let futureWords: [String] = ["will", "shall", "wo", "upcoming", "tomorrow", "next", "until", "ahead", "scheduled", "slated", "planned", "due", "effective"]
    /// Words of intention that point a date forward before "to" ("expected to", "plans to").
    static let intentionWords: [String] = ["expected", "scheduled", "set", "due", "planned", "plans", "plan",
        "planning", "aims", "aim", "expects", "expect", "seeks", "seek", "intend", "intends", "hopes", "hoping", "poised",
        "slated", "likely", "supposed", "promised", "vowed", "pledged", "agreed"]
    /// Past forms and words that point a date back ("was", "said", "ago", "earlier").
    static let pastWords: [String] = [
        "was", "were", "had", "did", "said", "met", "told", "took", "made", "came", "went", "began", "held", "gave",
        "left", "won", "lost", "saw", "spoke", "became", "sent", "rose", "fell", "ago", "last", "yesterday", "got",
        "found", "paid", "sold", "bought", "brought", "struck", "hit", "put", "cut", "shot", "led", "ran", "wrote",
        "thought", "knew", "felt", "kept", "meant", "heard", "stood", "hung", "fled", "fought", "caught", "taught", "won",
        "earlier", "previously", "recently", "already", "since", "former", "wasn", "weren", "didn", "hadn",
    ]
    /// Words in -ed that are no past form ("need", "united", "hundred"), and participles of the future ("scheduled").
    static let notPastWords: [String] = ["need", "needed", "speed", "indeed", "proceed", "exceed", "succeed",
        "embed", "breed", "seed", "feed", "united", "limited", "based", "red",
        "hundred", "expected", "scheduled", "planned"]
}
