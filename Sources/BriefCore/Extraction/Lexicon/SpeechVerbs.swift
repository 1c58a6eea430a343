/// The speech-verb lexicon: verbs that introduce or attribute a quotation, every inflected form
/// listed (written for brief from common English reporting verbs).
enum SpeechVerbs {
    /// Every form of a verb of saying ("said", "says", "told", "warned", "tweeted", ...).
    static let forms = WordList.set("""
    say says said saying tell tells told telling add adds added adding warn warns warned warning \
    insist insists insisted insisting note notes noted noting write writes wrote writing written \
    ask asks asked asking explain explains explained explaining argue argues argued arguing \
    claim claims claimed claiming declare declares declared declaring announce announces announced \
    state states stated stress stresses stressed stressing emphasize emphasizes emphasized emphasise \
    emphasises emphasised recall recalls recalled recalling acknowledge acknowledges acknowledged \
    admit admits admitted admitting reply replies replied replying respond responds responded \
    conclude concludes concluded suggest suggests suggested suggesting predict predicts predicted \
    complain complains complained complaining tweet tweets tweeted tweeting post posts posted \
    remark remarks remarked observe observes observed quip quips quipped joke jokes joked \
    shout shouts shouted yell yells yelled testify testifies testified maintain maintains maintained \
    contend contends contended assert asserts asserted caution cautions cautioned urge urges urged \
    urging vow vows vowed promise promises promised pledge pledges pledged boast boasts boasted \
    lament laments lamented concede concedes conceded charge charges charged allege alleges alleged \
    counter counters countered retort retorts retorted muse muses mused wonder wonders wondered \
    scoff scoffs scoffed protest protests protested repeat repeats repeated reiterate reiterates \
    reiterated confirm confirms confirmed deny denies denied exclaim exclaims exclaimed whisper \
    whispered continued recount recounts recounted report reports \
    reported describe describes described describing call calls called calling brand brands branded \
    dub dubs dubbed label labels labeled labelled term terms termed chant chanted sing sang sings \
    pleaded pleads mocked mock mocks accused accuses accuse criticized criticised praised praises \
    thundered snapped fumed told explained read reads pressed reacted assured answered answers \
    interjected sniped chimed demanded demands barked groused exhorted quipped cracked gushed raved tweeting \
    remembered remembers boomed opined opines proclaimed proclaims echoed riffed interrupted emailed texted \
    bragged griped vented teased marveled marvelled lectured agreed questioned beamed
    """)

    /// Verbs of saying made of a verb and a particle ("shot back", "went on"): the verb and the
    /// particle that must follow it.
    static let phrasal: WordTable<String> = [
        "went": "on", "goes": "on", "shot": "back", "shoots": "back", "fired": "back", "fires": "back",
        "hit": "back", "hits": "back", "pushed": "back", "snapped": "back", "wrote": "back", "pointed": "out",
        "points": "out", "chimed": "in", "chimes": "in", "cut": "in", "spoke": "up",
    ]

    /// Verbs whose object is followed by its description in quotation marks:
    /// "called the guarantees “…”", "branded Putin “…”", "described him as “…”".
    static let naming = WordList.set("""
    call calls called calling brand brands branded branding dub dubs dubbed label labels labeled labelled \
    labeling term terms termed describe describes described describing deem deems deemed
    """)

    /// Forms in -ing that attach to a clause's subject ("..., warning that “…”").
    static let participles = WordList.set("""
    saying telling adding warning insisting noting writing asking explaining arguing claiming declaring \
    stressing emphasizing emphasising recalling acknowledging admitting replying suggesting predicting \
    complaining tweeting posting urging calling describing branding labeling calling
    """)

    /// Verbs that report a medium quoting someone: "Caliber.Az quotes Macron as saying “…”".
    static let quoting = WordList.set("quote quotes quoted quoting cite cites cited citing")

    /// Whether `word` (lower case) is a speech verb.
    static func isSpeechVerb(_ word: String) -> Bool { forms.contains(word) }
}
