import Testing
@testable import BriefCore

/// The subject of a speech verb found across appositives, party tags, coordinated names and plain
/// noun phrases, on sentences written for these tests.
@Suite struct SpeakerSubjectTests {
    /// The speaker phrase of every quotation of the paragraphs that is not a scare quote.
    private func phrases(_ paragraphs: [String]) -> [String?] {
        ArticleAnalyzer.analyze(paragraphs: paragraphs).quotes.filter { !$0.isScareQuote }.map(\.speakerPhrase)
    }

    @Test func aPersonBeforeAnAppositiveNamingAnOrganisationIsTheSpeaker() {
        let p = phrases(["Daniel Okoro, chairman of the board of Riverside Partners, the network's funding arm, said the plan was “a quiet disaster for everyone.”"])
        #expect(p.count == 1)
        #expect(p[0]?.hasPrefix("Daniel Okoro") == true)
    }

    @Test func aPersonBeforeAnAppositiveNamingAPlaceIsTheSpeaker() {
        let p = phrases(["Daniel Okoro, a delegate from Dayton, Ohio, said the vote was “rigged from the start by the committee.”"])
        #expect(p.count == 1)
        #expect(p[0]?.hasPrefix("Daniel Okoro") == true)
    }

    @Test func theSubjectSpeaksForWhatHeCalls() {
        #expect(phrases(["Senator Tomas Reil has railed against what he calls the “Ashford cartel” for months."]) == ["Senator Tomas Reil"])
        #expect(phrases(["Ilse Varga condemned what she called a “brazen breach of every rule we ever wrote down.”"]) == ["Ilse Varga"])
        #expect(phrases(["Tomas Reil said he would vote for Ilse Varga, whom he called “the most careful mayor this city has had.”"]) == ["Tomas Reil"])
    }

    @Test func aNameEndingInAModalWordIsTheSubject() {
        #expect(phrases(["Prime Minister Theresa May said the country would leave “by the end of March, whatever the cost may be.”"])
                == ["Prime Minister Theresa May"])
    }

    @Test func aPollOpeningTheSentenceIsTheSourceOfItsShare() {
        let reported = { (text: String) in ArticleAnalyzer.analyze(paragraphs: [text]).reported.map(\.speakerPhrase) }
        #expect(reported("In a Ledger/Wire poll released Sunday, just 8 percent of voters said the plan was a waste of money.")
                == ["a Ledger/Wire poll released Sunday"])
        // A person after the poll speaks for herself.
        #expect(reported("In the poll, Ilse Varga said the plan was a waste of money.") == ["Ilse Varga"])
    }

    @Test func aDatelineIsNoSubject() {
        #expect(phrases(["ASHFORD — Sen. Ilse Varga (D-Ohio) defended the plan, saying the benefits would “outweigh the costs by far, in every county.”"])
                == ["Sen. Ilse Varga (D-Ohio)"])
    }

    @Test func aNameWithAPartyTagBeforeAnAppositive() {
        let p = phrases(["Sen. Daniel Okoro (D-Ore.), chairman of the panel, said the bill was “not ready for a vote this year.”"])
        #expect(p.count == 1)
        #expect(p[0]?.contains("Daniel Okoro") == true)
    }

    @Test func aNameWithAPartyTagAndACommaBeforeTheVerb() {
        let p = phrases(["After the vote in Salem, Sen. Daniel Okoro (D-Ore.), said, “We will be back next session with a better bill.”"])
        #expect(p.count == 1)
        #expect(p[0]?.contains("Daniel Okoro") == true)
    }

    @Test func aTitlePhraseBeforeAParticipleAppositive() {
        let p = phrases(["An aide, speaking on condition of anonymity, said the senator would “never back down on this.”"])
        #expect(p == ["An aide"])
    }

    @Test func aTitleBeforeTheNameSetOffByCommasStaysWhole() {
        let p = phrases(["The party chairman, Daniel Okoro, said the convention would be “open to every voice in the state.”"])
        #expect(p.count == 1)
        #expect(p[0]?.contains("Daniel Okoro") == true)
        #expect(p[0]?.hasPrefix("The party chairman") == true)
    }

    @Test func twoNamesJoinedByAndAfterTheVerbAreNotAnotherClause() {
        let p = phrases(["Mr. Daniel Okoro said both Vera Lind and Tom Ashby are “out of their depth on the budget.”"])
        #expect(p.count == 1)
        #expect(p[0]?.contains("Daniel Okoro") == true)
    }

    @Test func aSpeakerAfterTheQuotationWithSeveralAppositives() {
        let p = phrases(["“We were never told about the closure,” Daniel Okoro, 41, of Dayton, Ohio, who was among those polled, said in an interview."])
        #expect(p.count == 1)
        #expect(p[0]?.hasPrefix("Daniel Okoro") == true)
    }

    @Test func aNumberInADescribedSpeaker() {
        let p = phrases(["“She did not like that at all,” said a 2008 campaign veteran."])
        #expect(p == ["a 2008 campaign veteran"])
    }

    @Test func aLongDescribedSpeakerEndingTheSentence() {
        let p = phrases(["“It is a way to take part without backing him,” says a source involved in the group’s creation."])
        #expect(p == ["a source involved in the group’s creation"])
    }

    @Test func aDescribedSpeakerMustEndTheSentence() {
        let p = phrases(["“It is a way to take part,” says a source involved in the creation of the group, who asked not to be named and later left."])
        #expect(p.allSatisfy { $0 != "a source involved in the creation of the group" })
    }

    @Test func aTranscriptLineNamesItsSpeakerInCapitals() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Part of the interview follows.", "“HOLLIS: Will you be at the debate tomorrow night?",
                                                     "“BRANDT: I will not be there, and neither will my staff."])
        let speakers = a.quotes.filter { !$0.isScareQuote }.map { $0.speakerPhrase ?? $0.speakerText }
        #expect(speakers == ["HOLLIS", "BRANDT"])
    }

    @Test func aCapitalisedWordBeforeAColonInsideAQuotationIsNoSpeakerUnlessInCapitals() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["“Note: the bridge stays closed until the spring,” the notice read."])
        #expect(a.quotes.allSatisfy { ($0.speakerPhrase ?? $0.speakerText) != "Note" })
    }

    @Test func aHeadingNameWithAPartyTagBeforeAColon() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Mr. Daniel Okoro questioned the minister at length.",
                                                     "Rep. Daniel Okoro (R-Ohio): “Who told you that ninety percent of the files were kept?”"])
        #expect(a.quotes.map { a.speakerName(of: $0) } == ["Daniel Okoro"])
    }

    @Test func aVerbOfStanceBeforeAQuotationGivesItsSubject() {
        let p = phrases(["Mayor Daniel Okoro supports “appropriate pay raises” for every city worker."])
        #expect(p.count == 1)
        #expect(p[0]?.contains("Daniel Okoro") == true)
    }

    @Test func aSpeechVerbFurtherBackWinsOverAVerbOfStance() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Mr. Daniel Okoro said Vera Lind supports “open borders for everyone” these days."])
        #expect(a.quotes.map { a.speakerName(of: $0) } == ["Daniel Okoro"])
    }

    @Test func aNameJoinedByAndToANounPhraseWithADeterminer() {
        let p = phrases(["Mayor Daniel Okoro and the Harbor Authority said the port would reopen “within a matter of weeks.”"])
        #expect(p == ["Mayor Daniel Okoro and the Harbor Authority"])
    }

    @Test func theFollowingStatementEndingAParagraphIntroducesTheNext() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["When the mayor died, Governor Daniel Okoro released the following statement:",
                                                     "“We offer our condolences to the family and friends of the mayor.”"])
        #expect(a.quotes.map { a.speakerName(of: $0) } == ["Daniel Okoro"])
    }

    @Test func aPlainNounPhraseBeforeTheSpeechVerb() {
        let p = phrases(["The ad says the mayor “has a passion for defending the wrong people.”"])
        #expect(p == ["The ad"])
    }

    @Test func aPlainNounPhraseBeforeGoesOnToSay() {
        let p = phrases(["The email goes on to say: “Nothing will change until we elect people who reject that money.”"])
        #expect(p == ["The email"])
    }

    @Test func aPlainNounPhraseMayOpenWithAWordOfQuantity() {
        let p = phrases(["Several reporters noted the change: “The slogan has been replaced by a new one this week.”"])
        #expect(p == ["Several reporters"])
    }

    @Test func aPlainNounPhraseMustOpenItsClause() {
        let p = phrases(["Okoro praised the new ad says “nothing” at all."])
        #expect(p.allSatisfy { $0 != "the new ad" })
    }

    @Test func aSecondVerbAfterButSharesTheSubject() {
        let p = phrases(["Mr. Daniel Okoro said the members will still meet for dinner, but said, “It is time we change how we do it.”"])
        #expect(p.count == 1)
        #expect(p[0]?.contains("Daniel Okoro") == true)
    }
}
