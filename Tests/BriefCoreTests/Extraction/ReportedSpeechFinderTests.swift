import Testing
@testable import BriefCore

@Suite struct ReportedSpeechFinderTests {
    private func reported(_ paragraphs: [String]) -> [(String, String?, String)] {
        let a = ArticleAnalyzer.analyze(paragraphs: paragraphs)
        return a.reported.map { ($0.text, $0.speakerEntity.map { a.entities[$0].name }, $0.speakerText) }
    }

    @Test func speakerVerbThatClause() {
        let r = reported(["Governor Ruth Okafor said on Monday that the roads would reopen within a week."])
        #expect(r.map(\.0) == ["the roads would reopen within a week"])
        #expect(r.map(\.1) == ["Ruth Okafor"])
    }

    @Test func clauseCommaSpeakerVerb() {
        let r = reported(["Piotr Halas runs the port.", "The strike will end before the weekend, Halas said."])
        #expect(r.map(\.0) == ["The strike will end before the weekend"])
        #expect(r.map(\.1) == ["Piotr Halas"])
    }

    @Test func sectionAndInterviewLabelsAreNoSpeakers() {
        #expect(reported(["ENERGY: Benchmark crude fell 40 cents to settle at $52 a barrel in New York."]).isEmpty)
        #expect(reported(["WATCH BELOW: The council explains its budget for the coming year."]).isEmpty)
        #expect(reported(["Q: Why did the council cut the budget for the coming year?"]).isEmpty)
    }

    @Test func toldAnAddressee() {
        let r = reported(["Nora Feld told reporters the vote had been rigged."])
        #expect(r.map(\.0) == ["the vote had been rigged"])
    }

    @Test func groupsSpeakButAreNoActors() {
        let r = reported(["Officials say details remain confidential."])
        #expect(r.map(\.0) == ["details remain confidential"])
        #expect(r.first?.1 == nil)
        #expect(r.first?.2 == "Officials")
    }

    @Test func sentencesWithQuotationsAndWithoutSpeakersAreLeftAlone() {
        #expect(reported(["Nora Feld said: “We will appeal.”", "The ruling said nothing new about the case."]).isEmpty)
    }
}

@Suite struct ReportedSpeechPatternTests {
    private func reported(_ paragraphs: [String]) -> [(text: String, speaker: String?)] {
        ArticleAnalyzer.analyze(paragraphs: paragraphs).reported.map { ($0.text, $0.speakerPhrase ?? $0.speakerText) }
    }

    @Test func aNounPhraseSubjectReports() {
        let r = reported(["On Tuesday, the shipping company said it would cut two routes."])
        #expect(r.map(\.text) == ["it would cut two routes"])
        #expect(r.map(\.speaker) == ["the shipping company"])
    }

    @Test func itWithAVerbInThePresentOpensTheClause() {
        let r = reported(["The ferry company says it fears the river will flood again."])
        #expect(r.map(\.text) == ["it fears the river will flood again"])
        // "said it twice": "it" before no verb is the object, not a clause.
        #expect(reported(["The ferry company said it twice."]).isEmpty)
    }

    @Test func clauseCommaAccordingTo() {
        let r = reported(["The bridge will close for a month, according to the city engineer."])
        #expect(r.map(\.text) == ["The bridge will close for a month"])
    }

    @Test func verbsOfShowingNeedThat() {
        #expect(reported(["A survey by the college found that most tenants pay too much."]).map(\.text) == ["most tenants pay too much"])
        #expect(reported(["A survey by the college found the missing files."]).isEmpty)
    }

    @Test func stanceVerbsReportTheirObject() {
        let r = reported(["Mayor Ines Duarte called for a recount of the ballots."])
        #expect(r.map(\.text) == ["a recount of the ballots"])
        #expect(r.map(\.speaker) == ["Mayor Ines Duarte"])
    }

    @Test func aParticipleClauseBelongsToTheSubject() {
        let r = reported(["Ines Duarte spoke for an hour, adding that the budget was balanced."])
        #expect(r.map(\.text) == ["the budget was balanced"])
        #expect(r.map(\.speaker) == ["Ines Duarte"])
    }

    @Test func includingListsPartOfTheObjectAndEndsNothing() {
        let r = reported(["Lena Varga praised the new harbour plans, including the ferry route to the island."])
        #expect(r.map(\.text) == ["the new harbour plans, including the ferry route to the island"])
    }

    @Test func aClauseStopsBeforeAQuotation() {
        let r = reported(["Ines Duarte said the budget was balanced, telling the council “we owe nothing.”"])
        #expect(r.map(\.text) == ["the budget was balanced"])
    }

    @Test func aSpeechVerbUsedAsANounDoesNotStopTheSearch() {
        let r = reported(["After a change of state law, Ines Duarte said that the levy would go."])
        #expect(r.map(\.text) == ["the levy would go"])
    }

    @Test func aHeadingOverAReportIsNoSpeaker() {
        #expect(reported(["The Update: Duarte says the levy will go."]).allSatisfy { $0.speaker != "The Update" })
    }

    @Test func aLayoutLabelIsNoSpeaker() {
        #expect(reported(["Correction: An earlier version of this story misspelled the harbour's name."]).isEmpty)
        #expect(reported(["Contributing: Lena Varga and Ivo Brandt of the harbour desk."]).isEmpty)
        #expect(reported(["Editor’s Note: The following is the second part of a series on the ferry."]).isEmpty)
    }

    @Test func aPhraseBeforeASpeakerAndAColonIsNoClause() {
        #expect(reported(["In a speech to the harbour board last spring, Lena Varga said:"]).isEmpty)
    }

    @Test func clauseCommaSpeakerVerbAndAShortPhrase() {
        let r = reported(["The levy will go next spring, Ines Duarte said during a radio interview."])
        #expect(r.map(\.text) == ["The levy will go next spring"])
        #expect(reported(["After the levy went, Ines Duarte said on the radio that she was glad."]).map(\.text) == ["she was glad"])
    }

    @Test func theSpeakerOfWhoSaidIsWhatWhoRefersTo() {
        let r = reported(["The levy passed over the objections of the landlords who said it was unfair."])
        #expect(r.map(\.text) == ["it was unfair"])
        #expect(r.map(\.speaker) == ["the landlords"])
    }
}
