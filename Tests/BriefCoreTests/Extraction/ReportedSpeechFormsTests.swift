import Testing
@testable import BriefCore
@testable import BriefEvaluation

/// Forms of reported speech beyond `SPEAKER said (that) CLAUSE`: an attribution set inside the
/// statement, a day after the verb, a participle of stance, a share of people, a dash appositive and
/// a plural possessive before the verb.
@Suite struct ReportedSpeechFormsTests {
    private func reported(_ paragraphs: [String]) -> [(text: String, speaker: String, stance: Bool)] {
        ArticleAnalyzer.analyze(paragraphs: paragraphs).reported.map { ($0.text, $0.speakerText, $0.isStance) }
    }

    private func speakers(_ text: String) -> [String?] {
        DocumentAnalyzer.analyze(AnalysisInput(id: "t", date: nil, text: text)).quotes.map(\.speaker)
    }

    @Test func aNameAndItsTitleBeforeSaidAreTheSpeakerNotTheStatement() {
        // The words after "said" hold a verb, so they are the statement, not an inverted speaker.
        let r = reported(["Lena Varga, the mayor, said the bridge would be built."])
        #expect(r.map(\.text) == ["the bridge would be built"])
        #expect(r.map(\.speaker) == ["Lena Varga"])
        // A speaker after "said" with no verb of its own is still read as one.
        let inverted = reported(["The bridge will be built by spring, said a spokeswoman."])
        #expect(inverted.map(\.text) == ["The bridge will be built by spring"])
        #expect(inverted.map(\.speaker) == ["a spokeswoman"])
    }

    @Test func anAttributionBetweenCommasReportsTheWholeSentence() {
        let r = reported(["Lena Varga runs the depot.", "The new timetable, Varga says, is a step back for the valley."])
        #expect(r.map(\.text) == ["The new timetable, Varga says, is a step back for the valley"])
        #expect(r.map(\.stance) == [false])
    }

    @Test func aDayBetweenTheVerbAndTheClause() {
        #expect(reported(["Mayor Ivo Brandt said Tuesday the bridge would close in May."]).map(\.text)
                == ["the bridge would close in May"])
        #expect(reported(["Mayor Ivo Brandt said on Friday he had signed the order."]).map(\.text)
                == ["he had signed the order"])
    }

    @Test func aPlaceAfterTheVerbOpensNoClause() {
        #expect(reported(["Mayor Ivo Brandt said in Leeds."]).isEmpty)
    }

    @Test func aParticipleOfStanceAfterAQuotationReportsItsObject() {
        let r = reported(["“Prices will fall,” Ada Kim said, citing the weak harvest in the north."])
        #expect(r.map(\.text) == ["the weak harvest in the north"])
        #expect(r.map(\.stance) == [true])
    }

    @Test func itBeforeAPastTenseVerbOpensAClause() {
        #expect(reported(["The Okafor campaign says it raised nine million dollars in March."]).map(\.text)
                == ["it raised nine million dollars in March"])
    }

    @Test func aShareOfPeopleSpeaks() {
        let r = reported(["Six in 10 say the council is doing a poor job."])
        #expect(r.map(\.speaker) == ["Six in 10"])
        #expect(r.map(\.text) == ["the council is doing a poor job"])
    }

    @Test func aNameBeforeADashAppositiveIsTheSubject() {
        let r = reported(["Rosa Lind — a nurse from Hull — says she will vote for the first time."])
        #expect(r.map(\.text) == ["she will vote for the first time"])
    }

    @Test func aPluralPossessiveBeforeTheVerb() {
        let r = reported(["Tom Adams’ campaign says the tour will end in June."])
        #expect(r.map(\.text) == ["the tour will end in June"])
    }

    @Test func aSpeakerPhraseRunsOnToItsHeadNoun() {
        #expect(speakers("“It is over,” said a Varga supporter.") == ["a Varga supporter"])
        #expect(speakers("“It is over,” said Varga.") == ["Varga"])
    }
}

/// Two statements in one sentence, and a progressive verb of stance.
@Suite struct ReportedSpeechSecondClauseTests {
    private func reported(_ text: String) -> [(String, String)] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map { ($0.text, $0.speakerText) }
    }

    @Test func aRelativeClauseOfSayingAndTheMainStatement() {
        let r = reported("Piet Brink, who said he usually votes early, said the queue was the longest he had seen.")
        #expect(r.map(\.0) == ["he usually votes early", "the queue was the longest he had seen"])
        #expect(r.allSatisfy { $0.1 == "Piet Brink" })
    }

    @Test func aProgressiveStanceTakesTheSubjectBeforeTheAuxiliary() {
        let r = reported("Mayor Ivo Brandt is calling for the council to resign.")
        #expect(r.map(\.0) == ["the council to resign"])
        #expect(r.map(\.1) == ["Ivo Brandt"])
    }
}

/// Speakers set off by a party tag and an appositive, and the paragraph of quotation after them.
@Suite struct AppositiveSpeakerTests {
    private func speakers(_ text: String) -> [String?] {
        DocumentAnalyzer.analyze(AnalysisInput(id: "t", date: nil, text: text)).quotes.map(\.speaker)
    }

    @Test func anAbbreviatedStateBetweenCommas() {
        let s = speakers("“We will vote no,” Senator Ada Moss, R-Ky., said.\n\n“The bill is not ready for the floor.”")
        #expect(s == ["Senator Ada Moss, R-Ky.", "Senator Ada Moss, R-Ky."])
    }

    @Test func aPartyTagAndThenAnAppositive() {
        let s = speakers("“We will vote no,” Rep. Ada Moss (R-Ohio), a panel member, said in an interview.")
        #expect(s == ["Rep. Ada Moss (R-Ohio), a panel member"])
    }
}

/// A quotation introduced by "went on to say" or by a transcript's speaker and a colon.
@Suite struct IntroducedQuotationTests {
    private func speakers(_ text: String) -> [String?] {
        DocumentAnalyzer.analyze(AnalysisInput(id: "t", date: nil, text: text)).quotes.map(\.speaker)
    }

    @Test func theSubjectOfTheVerbBeforeToSay() {
        #expect(speakers("Susan Miller, who signed the law, interjected to say: “Both have been inconsistent on this.”")
                == ["Susan Miller, who signed the law"])
        #expect(speakers("Susan Miller laughed, but went on to say, “There are places here that are hard to reach.”") == ["Susan Miller"])
    }

    @Test func aTranscriptSpeakerAfterRoleWords() {
        let s = speakers("Former secretary of state Susan Miller: “We learned that from the department.”")
        #expect(s.count == 1 && s[0]?.hasSuffix("Susan Miller") == true)
    }
}

/// A subject before a party tag or an adverb of manner.
@Suite struct SubjectBeforeTheVerbTests {
    private func reported(_ text: String) -> [(String, String)] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map { ($0.text, $0.speakerText) }
    }

    @Test func aPartyTagBetweenTheNameAndTheVerb() {
        let r = reported("Sen. Susan Miller (D-Ore.) said Sunday that the bill would pass.")
        #expect(r.map(\.0) == ["the bill would pass"])
        #expect(r.map(\.1) == ["Susan Miller"])
    }

    @Test func anAdverbOfMannerBetweenTheNameAndTheVerb() {
        let r = reported("Susan Miller cautiously said that the bill would pass.")
        #expect(r.map(\.0) == ["the bill would pass"])
        #expect(r.map(\.1) == ["Susan Miller"])
    }
}

/// "A spokesman for X said": the spokesman speaks, not X.
@Suite struct OwnerPhraseTests {
    @Test func theHeadBeforeForIsTheSpeaker() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["A spokesman for Democratic candidate Susan Miller said the tour would end in June."])
        #expect(a.reported.map(\.speakerPhrase) == ["A spokesman for Democratic candidate Susan Miller"])
        #expect(a.reported.allSatisfy { $0.speakerEntity.map { a.entities[$0].name } != "Susan Miller" })
    }

    @Test func aNameWithoutSuchAHeadStaysTheSpeaker() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Democratic candidate Susan Miller said the tour would end in June."])
        #expect(a.reported.map { $0.speakerEntity.map { a.entities[$0].name } } == ["Susan Miller"])
    }
}

/// A "that" inside the reported clause does not open it.
@Suite struct ClauseWithThatInsideTests {
    @Test func aDemonstrativeThatInsideTheClause() {
        let r = ArticleAnalyzer.analyze(paragraphs: ["Susan Miller said she would not jump to that conclusion."]).reported.map(\.text)
        #expect(r == ["she would not jump to that conclusion"])
    }

    @Test func itBeforeAnIrregularPastVerb() {
        let r = ArticleAnalyzer.analyze(paragraphs: ["Susan Miller said it made no difference to the voters."]).reported.map(\.text)
        #expect(r == ["it made no difference to the voters"])
    }
}

/// `SPEAKER said A and said B`: two statements of one speaker.
@Suite struct SharedSubjectTests {
    @Test func aSecondVerbOfTheSameSubject() {
        let r = ArticleAnalyzer.analyze(paragraphs: ["Susan Miller said the attacks had helped her campaign and said that the mayor did not represent the party."]).reported
        #expect(r.map(\.text) == ["the attacks had helped her campaign", "the mayor did not represent the party"])
        #expect(r.map(\.speakerText) == ["Susan Miller", "Susan Miller"])
    }
}

/// "X released a statement saying …": the issuer of the document speaks.
@Suite struct DocumentSayingTests {
    @Test func aStatementSayingAClause() {
        let r = ArticleAnalyzer.analyze(paragraphs: ["The town council released a statement Wednesday saying the closure was temporary."]).reported
        #expect(r.map(\.text) == ["the closure was temporary"])
        #expect(r.map(\.speakerPhrase) == ["The town council"])
    }
}

/// `…, according to SOURCE, CLAUSE`: a source set inside the sentence.
@Suite struct AccordingToInsideTests {
    @Test func sourceAfterAnOpeningPhraseTakesTheWholeSentence() {
        let r = reportedStatements(in: "Over the next decade, according to the county auditor, the library fund will run dry.")
        #expect(r.map(\.text) == ["Over the next decade, according to the county auditor, the library fund will run dry"])
        #expect(r.map(\.speaker) == ["the county auditor"])
    }

    @Test func sourceAfterAConjunctionTakesTheClauseAfterIt() {
        let r = reportedStatements(in: "But, according to the new survey, most tenants have stayed in the building.")
        #expect(r.map(\.text) == ["most tenants have stayed in the building"])
        #expect(r.map(\.speaker) == ["the new survey"])
    }

    @Test func aRelativeClauseAfterTheSourceIsNoStatement() {
        let r = reportedStatements(in: "The ferry runs late, according to the harbor master, who has complained for years.")
        #expect(!r.map(\.text).contains("The ferry runs late, according to the harbor master, who has complained for years"))
    }
}
