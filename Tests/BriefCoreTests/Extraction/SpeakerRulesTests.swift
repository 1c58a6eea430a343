import Testing
@testable import BriefCore

/// The rules that choose a quotation's speaker, called directly on sentences written for these tests:
/// the order of ``SpeakerRules/quotation`` is the order `attribute` tries them, and each rule
/// recognises its own pattern.
@Suite struct SpeakerRulesTests {
    /// An article of `texts` prepared as ``ArticleAnalyzer`` prepares it, and the view of the first
    /// quotation of its last paragraph.
    private struct Prepared {
        let paragraphs: [ParagraphText]
        let linked: MentionLinker.Linked
        let view: QuoteView

        init(_ texts: [String]) {
            paragraphs = texts.enumerated().map { ParagraphText(number: $0.offset + 1, text: $0.element) }
            var linked = MentionLinker.link(paragraphs.map(NameRecognizer.candidates(in:)), paragraphs: paragraphs, byline: nil)
            linked.spokenPronouns = SpokenPronoun.resolveAll(linked: linked, paragraphs: paragraphs)
            self.linked = linked
            let last = paragraphs.count - 1
            let previous = last > 0 ? Attributor.make(paragraph: last - 1, paragraphs: paragraphs, linked: linked) : nil
            view = QuoteView(paragraphs[last].quotes[0], in: Attributor.make(paragraph: last, paragraphs: paragraphs, linked: linked),
                             previous: previous)
        }

        /// The ids of the rules that match the quotation, in list order.
        var matching: [RuleID] { SpeakerRules.quotation.filter { $0.match(view) != nil }.map(\.id) }

        /// The speaker phrase `rule` finds, as written.
        func speaker(by rule: any SpeakerRule) -> String? {
            switch rule.match(view)?.speaker {
            case .mention(let m): linked.mentions[m].surface
            case .pronoun(let word): word
            case .nominal(_, let text): text
            case .unknown(let text): text
            case nil: nil
            }
        }
    }

    @Test func theRulesAreTriedInTheListedOrder() {
        #expect(SpeakerRules.quotation.map(\.id) == [
            .speakerTranscript, .speakerMedium, .speakerAsPutIt, .speakerInverted, .speakerNameColon, .speakerIntroduced,
            .speakerAfterQuote, .speakerReportedClause, .speakerColonIntroduction, .speakerSentenceBefore, .speakerPreviousParagraph,
        ])
        #expect(SpeakerRules.article.map(\.id) == [.speakerFloating, .speakerSubjectVoice])
        #expect(Set(SpeakerRules.quotation.map(\.id)).count == SpeakerRules.quotation.count)
    }

    @Test func aTranscriptLineNamesItsSpeaker() {
        let article = Prepared(["“WALLACE: Let’s start with the budget of the city.”"])
        #expect(article.matching.first == .speakerTranscript)
        #expect(article.speaker(by: TranscriptSpeaker()) == "WALLACE")
    }

    @Test func aMediumQuotingSomeoneGivesThePersonNotTheMedium() {
        let article = Prepared(["“We will not back down,” the Harbour Gazette quoted Ada Moss as saying."])
        #expect(article.matching.first == .speakerMedium)
        #expect(article.speaker(by: MediumQuoted()) == "Ada Moss")
    }

    @Test func asSpeakerPutItIntroducesTheQuotation() {
        let article = Prepared(["As Ada Moss put it: “We will not back down.”"])
        #expect(article.matching.first == .speakerAsPutIt)
        #expect(article.speaker(by: AsPutIt()) == "Ada Moss")
    }

    @Test func aSentenceOpeningWithItsVerbNamesTheSpeakerNext() {
        let article = Prepared(["Said Ada Moss, “We will not back down.”"])
        #expect(article.matching.first == .speakerInverted)
        #expect(article.speaker(by: InvertedIntroduction()) == "Ada Moss")
    }

    @Test func aNameAndAColonHeadTheQuotation() {
        let article = Prepared(["Ada Moss: “We will not back down.”"])
        #expect(article.matching.first == .speakerNameColon)
        #expect(article.speaker(by: NameColon()) == "Ada Moss")
    }

    @Test func aSpeechVerbAndAColonIntroduceTheQuotation() {
        let article = Prepared(["At the meeting on Monday, Ada Moss said: “We will not back down.”"])
        #expect(article.matching.first == .speakerIntroduced)
        #expect(!article.matching.contains(.speakerReportedClause))
        #expect(article.speaker(by: IntroducedByVerb()) == "Ada Moss")
    }

    @Test func theSpeakerAfterTheQuotation() {
        let article = Prepared(["“We will not back down,” Ada Moss said."])
        #expect(article.matching.first == .speakerAfterQuote)
        #expect(article.speaker(by: AfterQuote()) == "Ada Moss")
    }

    @Test func aQuotationEndingAReportedClause() {
        let article = Prepared(["Ada Moss said the council would “not back down” on the bridge."])
        #expect(article.matching.first == .speakerReportedClause)
        #expect(!article.matching.contains(.speakerIntroduced))
        #expect(article.speaker(by: ReportedClauseSpeaker()) == "Ada Moss")
    }

    @Test func aPersonsSentenceEndingInAColon() {
        let article = Prepared(["Ada Moss was defiant on the steps of the hall: “We will not back down.”"])
        #expect(article.matching.first == .speakerColonIntroduction)
        #expect(article.speaker(by: ColonIntroduction()) == "Ada Moss")
    }

    @Test func aSentenceThatIsOnlyAnAttribution() {
        let article = Prepared(["Ada Moss said in a statement. “We will not back down.”"])
        #expect(article.matching.first == .speakerSentenceBefore)
        #expect(article.speaker(by: SentenceBefore()) == "Ada Moss")
    }

    @Test func aColonEndingThePreviousParagraph() {
        let article = Prepared(["Ada Moss issued the following statement:", "“We will not back down.”"])
        #expect(article.matching == [.speakerPreviousParagraph])
        #expect(article.speaker(by: PreviousParagraph()) == "Ada Moss")
        #expect(PreviousParagraph().match(article.view)?.fromPrevious == true)
    }

    @Test func aQuotationWithNoSpeechContextMatchesNoRule() {
        #expect(Prepared(["The harbour was quiet. “Closed for the season.”"]).matching.isEmpty)
    }

    @Test func attributeRecordsTheFirstMatchingRule() throws {
        let article = Prepared(["“We will not back down,” Ada Moss said."])
        let found = try #require(article.view.a.attribute(article.view.quote))
        #expect(found.rule == .speakerAfterQuote)
    }

    /// The passes over the article, called directly on the quotations ``QuoteAssembler`` left unattributed.
    private func afterPasses(_ texts: [String], _ pass: any QuotationPass) -> [String?] {
        let article = Prepared(texts)
        let quotes = QuoteAssembler(paragraphs: article.paragraphs, linked: article.linked).quotations()
        let reported = ReportedSpeechFinder(paragraphs: article.paragraphs, linked: article.linked, quotes: quotes).statements()
        return pass.apply(quotes, in: ArticleView(paragraphs: article.paragraphs, linked: article.linked, reported: reported))
            .map(\.speakerText)
    }

    @Test func aFloatingQuotationTakesTheVoiceEndingTheParagraphBefore() {
        let texts = ["Tim Guest says there are many reasons for the delays at the hospital.",
                     "“The emergency department cares for the sickest first.”"]
        #expect(afterPasses(texts, FloatingQuotationPass()) == ["Tim Guest"])
    }

    @Test func aQuotationAfterASentenceAboutOnePersonIsTheirs() {
        let texts = ["Jo Ames did not need much coaxing to come back to the stage.", "“I am thankful for the invitation.”"]
        #expect(afterPasses(texts, FloatingQuotationPass()) == [nil])
        #expect(afterPasses(texts, SubjectVoicePass()) == ["Jo Ames"])
    }
}
