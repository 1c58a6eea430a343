// Verbs of saying, stance, showing and asking, in the forms the rules read: the word lists of this class that the rules of extraction read, kept under the
// names the rules use (one extension per rule type that reads them).

extension Attributor {
    /// Verbs whose capitalised object is the medium told ("told Reuters", "emailed the Ledger").
    static let toldVerbs = WordList.set("told tells emailed texted")

    /// Participles after "quoted X as" ("quoted X as saying").
    static let quotingParticiples = WordList.set("saying telling writing stating")

    /// Participles after "as" that make the subject before it the speaker a medium quoted.
    static let mediumParticiples = WordList.set("saying telling")

    /// Speech verbs in the infinitive after "to" ("went on to say").
    static let infinitiveSpeechVerbs = WordList.set("say tell ask add write warn declare")

    /// The forms of "put" in the idiom "as X put it".
    static let putForms = WordList.set("put puts")

    /// Speech verbs that news writing uses as nouns far more often ("the state senator", "two states",
    /// "its decrepit state"): read as verbs of saying only where a verb's context shows.
    static let nounFirstVerbs = WordList.set("state states")

    /// Verbs that issue a document which a participle then reports ("released a statement saying").
    static let issuingVerbs = WordList.set("issued issues released releases sent sends posted posts published publishes put puts emailed")
}

extension ReportedSpeechFinder {
    /// Forms of "point" that report a clause with "out" ("pointed out that").
    static let pointForms = WordList.set("point points pointed")

    /// Past forms of issuing a document ("The town released a statement saying …").
    static let issuedForms = WordList.set("issued released sent posted published put emailed tweeted")

    /// Plain verbs of saying after a comma ("…, said Ames").
    static let plainSayingVerbs = WordList.set("said says added wrote")

    /// Forms of "tell".
    static let tellForms = WordList.set("told tells tell")

    /// Verbs of "as X pointed out", "as X put it".
    static let notingVerbs = WordList.set("pointed put observed")

    /// Particles after a verb of noting ("pointed out", "put it").
    static let notingParticles = WordList.set("out it")

    /// Forms of "vote".
    static let voteForms = WordList.set("vote voted")

    /// Forms of "approve".
    static let approvalForms = WordList.set("approve disapprove")

    /// Adjectives of "made clear" and "made plain".
    static let clearWords = WordList.set("clear plain")

    /// Words after an inner source that open no clause of what it said.
    static let innerSourceStops = WordList.set("according adding who which")

    /// Verbs of asking someone to do something ("Ames asked the council to delay the vote").
    static let requestVerbs = WordList.set("""
    ask asks asked asking urge urges urged urging encourage encourages encouraged encouraging begged implored \
    challenged challenges instructed ordered orders
    """)

    /// Verbs of thinking, knowing and feeling whose object is what the subject holds, with or
    /// without "that" ("Democrats believe the bill will pass", "she fears it has lost its way"):
    /// attitudes rather than speech, reported as stance.
    static let attitudeVerbs = WordList.set("""
    think thinks thought believe believes believed know knows knew hope hopes hoped feel feels felt \
    fear fears feared expect expects expected doubt doubts doubted suspect suspects suspected \
    worry worries worried realize realizes realized understand understands understood wonder wonders wondered
    """)

    /// Verbs of finding, whose object may be a thing found rather than a result ("found the files").
    static let findingVerbs = WordList.set("find finds found")

    /// Verbs by which a subject states a feeling or a view named by their object ("Ames expressed
    /// concern about the cuts", "the mayor voiced support for the plan"): stance verbs taking any object.
    static let expressingVerbs = WordList.set("express expressed expresses voiced voices")

    /// Verbs of saying that a headline writes with a capital ("Mayor Says Bridge Will Close").
    static let headlineVerbs = WordList.set("says said tells warns claims admits insists")

    /// Verbs of "made it clear that …".
    static let makingVerbs = WordList.set("make makes made making")

    /// Verbs with which a poll reports the view of a share of its respondents ("56 percent support
    /// the plan", "30 percent of voters consider him honest").
    static let shareVerbs = WordList.set("""
    support supports supported oppose opposes opposed prefer prefers preferred favor favors favored \
    back backs backed endorse endorses endorsed consider considers considered see sees view views \
    viewed choose chose pick picked trust trusts trusted blame blames blamed
    """)

    /// Verbs that report a question by its subject ("asked whether", "wondered how").
    static let questionVerbs = WordList.set("ask asks asked asking wonder wonders wondered wondering question questions questioned questioning")

    /// Verbs by which a subject judges something as something ("Democrats see the vote as a test").
    static let regardingVerbs = WordList.set("""
    see sees saw view views viewed regard regards regarded consider considers considered
    """)

    /// Verbs that report what someone said or wrote (a subset of the speech verbs: no "asked", no
    /// naming verbs).
    static let reporting = WordList.set("""
    say says said tell tells told add adds added warn warns warned insist insists insisted note notes noted \
    write writes wrote explain explains explained argue argues argued claim claims claimed declare declares \
    declared announce announces announced state states stated stress stresses stressed acknowledge \
    acknowledges acknowledged admit admits admitted suggest suggests suggested predict predicts predicted \
    contend contends contended assert asserts asserted maintain maintains maintained concede concedes conceded \
    confirm confirms confirmed deny denies denied report reports reported allege alleges alleged \
    complain complains complained tweeted recalled recalls testified believes believed
    """)

    /// Participles of saying that report a clause of the sentence's subject (", adding that …").
    static let participles = WordList.set("""
    saying adding noting arguing warning insisting suggesting claiming explaining stressing asserting \
    acknowledging contending predicting declaring telling
    """)

    /// Verbs of knowing, showing and believing that report a clause only with "that" after them
    /// ("the poll found that …", "Democrats believe that …").
    static let thatVerbs = WordList.set("""
    show shows showed shown find finds found indicate indicates indicated reveal reveals revealed \
    believe believes believed think thinks thought know knows knew hope hopes hoped fear fears feared \
    agree agrees agreed conclude concludes concluded acknowledge acknowledges acknowledged argue argues \
    argued suggest suggests suggested point points pointed recognize recognizes recognized concede \
    concedes conceded worry worries worried expect expects expected estimate estimates estimated \
    determine determines determined learned learn learns realize realizes realized understand \
    understands understood feel feels felt contend contends contended allege alleges alleged \
    emphasize emphasizes emphasized stress stresses stressed confirm confirms confirmed caution cautions cautioned \
    warn warns warned insist insists insisted maintain maintains maintained
    """)

    /// Verbs of advocacy whose object follows "for" or "against" ("railed against the deal").
    static let forOrAgainst = WordList.set("""
    railed rails railing lobbied lobbies lobbying campaigned campaigns campaigning advocated advocates advocating \
    pushed pushes pushing argued argues arguing warned warns warning
    """)

    /// Verbs of stance whose object may be a pronoun standing for a person judged ("endorsed her").
    static let judgingVerbs = WordList.set("""
    endorsed endorses criticized criticizes praised praises attacked attacks defended defends blasted slammed denounced condemned \
    rejected dismissed mocked questioned opposed opposes supported supports backed backs
    """)

    /// Auxiliaries and common verbs that show "it" after a speech verb opens a clause ("said it would").
    static let clauseVerbs = WordList.set("""
    would will was is has had could can should might may must did does wanted wants needs needed \
    remains remained plans planned hopes made makes took takes got gets gave gives saw sees came comes \
    went goes sent spent lost won paid found thought knew left kept held brought became began ran put \
    meant means isn't wasn't won't doesn't didn't
    """)

    /// Participles that report what a document says ("a statement saying …").
    static let documentVerbs = WordList.set("saying stating declaring announcing")

    /// Verbs by which a survey or a study reports a clause without "that".
    static let showingVerbs = WordList.set("""
    show shows showed shown showing find finds found suggest suggests suggested indicate indicates indicated reveal reveals revealed \
    revealing
    """)

    /// Verbs that set a trailing attribution before its speaker ("…, said Jo Ames, …").
    static let invertingVerbs = WordList.set("said says added adds wrote writes noted notes explained explains")

    /// Verbs of communication that report their object only as the second verb of a speaker already
    /// attributed ("… and highlighted her plans", "… and challenged him to a debate"; after Levin 1993
    /// §37): alone they are too often no attribution to be read as one.
    static let secondOnlyVerbs = WordList.set("""
    highlighted highlights challenged challenges encouraged encourages offered offers dared explained explains \
    likened likens credited credits characterized characterizes signaled signals lamented laments implied implies \
    embraced embraces chided
    """)

    /// Base forms of verbs of stance that take a direct object ("would support the bill", "will not
    /// oppose the plan"): read only after a modal or a negation, where they are verbs, not nouns
    /// ("the support", "an attack") or infinitives whose subject is another verb's.
    static let stanceBaseForms = WordList.set("""
    support oppose criticize criticise endorse back attack praise defend reject condemn denounce \
    blame dismiss welcome applaud
    """)

    /// Progressive forms of verbs of stance with a direct object, read only after a form of "be"
    /// ("the union is backing Randolph"), not as an adjective before a noun.
    static let stanceProgressives = WordList.set("backing supporting opposing attacking endorsing")

    /// Verbs of a trailing attribution that take an object or a phrase after them ("…, a spokesman
    /// told the paper.", "…, the poll found.", "…, he estimated on Friday.").
    static let trailingVerbs = WordList.set("told tells found finds show showed shows revealed reveals indicated indicates concluded concludes estimated estimates")

    /// Verbs of saying that are more often nouns ("the states", "a report").
    static let nounLike = WordList.set("state states report reports write claim claims add")
}

extension SpeakerExtent {
    /// Verbs of a finding that follow their subject ("the poll found", "a new survey shows"): the
    /// clause's verb, not part of the speaker.
    static let findingVerbs = WordList.set("found finds shows showed suggests suggested indicates indicated")

    /// Verbs in the present or auxiliaries that open the main clause after a subject's appositive
    /// (", hopes the vote will", ", had already endorsed").
    static let clauseVerbs = WordList.set("""
    is was has had have are were will would thinks hopes intends believes wants plans expects seems remains
    """)
}
