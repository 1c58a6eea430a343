import Testing
@testable import BriefCore

/// Each attribution pattern on sentences written for these tests.
@Suite struct AttributorTests {
    /// (quoted text, speaker's canonical name or nil, inferred) for every quotation of the paragraphs.
    private func attributed(_ paragraphs: [String]) -> [(String, String?, Bool)] {
        let a = ArticleAnalyzer.analyze(paragraphs: paragraphs)
        return a.quotes.map { ($0.text, a.speakerName(of: $0), $0.attribution == .inferred) }
    }

    @Test func quoteCommaSpeakerVerb() {
        let q = attributed(["“We will rebuild the bridge,” Mayor Ilse Varga said on Monday."])
        #expect(q.map(\.1) == ["Ilse Varga"])
        #expect(q[0].0 == "We will rebuild the bridge,")
        #expect(q[0].2 == false)
    }

    @Test func quoteCommaVerbSpeaker() {
        #expect(attributed(["“It is too early,” said Piotr Halas, a spokesman for the Harbor Authority."]).map(\.1) == ["Piotr Halas"])
    }

    @Test func speakerVerbColon() {
        #expect(attributed(["Governor Ruth Okafor told reporters: “The roads will reopen tomorrow.”"]).map(\.1) == ["Ruth Okafor"])
    }

    @Test func speakerVerbThatPartialQuote() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Ruth Okafor said the plan was “dead on arrival” in its current form."])
        #expect(a.speakerName(of: a.quotes[0]) == "Ruth Okafor")
        #expect(a.quotes[0].partial)
    }

    @Test func namingVerbs() {
        let q = attributed(["Senator Aldo Brink called the proposal “a disgrace,” while Nora Feld described it as “long overdue.” Tomas Reil branded Brink “a coward.”"])
        #expect(q.map(\.1) == ["Aldo Brink", "Nora Feld", "Tomas Reil"])
    }

    @Test func mediumQuotesXAsSaying() {
        let q = attributed(["Defence Minister Omar Vale visited the base.",
                            "“We are prepared for every outcome,” the Daily Courier quotes Vale as saying."])
        #expect(q.map(\.1) == ["Omar Vale"])
    }

    @Test func accordingTo() {
        #expect(attributed(["The fund was “nearly empty,” according to Greta Lund, the treasurer."]).map(\.1) == ["Greta Lund"])
    }

    @Test func pronounSpeakerIsInferred() {
        let q = attributed(["Ilse Varga met the council.", "“We have a deal,” she said."])
        #expect(q.map(\.1) == ["Ilse Varga"])
        #expect(q[0].2)
    }

    @Test func nominalSpeakerResolvesThroughTheStatedRole() {
        let q = attributed(["Interior Ministry spokeswoman Lena Ostrova confirmed the arrests.",
                            "“Three people were detained,” the spokeswoman said."])
        #expect(q.map(\.1) == ["Lena Ostrova"])
        #expect(q[0].2)
    }

    @Test func secondHalfOfASplitQuotationKeepsTheSpeaker() {
        let q = attributed(["“We tried,” Piotr Halas said. “Nobody listened to us.”"])
        #expect(q.map(\.1) == ["Piotr Halas", "Piotr Halas"])
        #expect(q.map(\.2) == [false, true])
    }

    @Test func quotationRunningOverParagraphs() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Nora Feld said: “The first year was hard.",
                                                     "“The second was harder.”"])
        #expect(a.quotes.count == 2)
        #expect(a.quotes[1].continues == 0)
        #expect(a.quotes.map { a.speakerName(of: $0) } == ["Nora Feld", "Nora Feld"])
    }

    @Test func scareQuoteHasNoSpeaker() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Nora Feld arrived. Details include “backstop” support for the region."])
        #expect(a.quotes.count == 1)
        #expect(a.quotes[0].isScareQuote)
        #expect(a.quotes[0].speakerText == nil)
    }

    @Test func titleInQuotationMarksIsNotAQuote() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["She appeared on “Morning Live With Dan” last week."])
        #expect(a.quotes.allSatisfy { $0.isScareQuote })
    }

    @Test func aTitleEndingTheSentenceInsideItsMarksIsNotAQuote() {
        // American style puts the sentence's period inside the marks: the term is still a name, not speech.
        let a = ArticleAnalyzer.analyze(paragraphs: ["Tomas Reil then repeated the premise of the “Ferguson Effect Theory.”"])
        #expect(a.quotes.allSatisfy { $0.isScareQuote })
    }

    @Test func unattributableQuoteKeepsANullSpeaker() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["The banner read “no more delays for the northern line.”"])
        #expect(a.quotes.count == 1)
        #expect(a.quotes[0].speakerEntity == nil)
    }

    @Test func ambiguousSurnameIsNotAttributed() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Anna Smith and John Smith disagreed.", "“This is wrong,” Smith said."])
        #expect(a.quotes[0].speakerEntity == nil)
        #expect(a.quotes[0].speakerText == "Smith")
        #expect(a.ambiguities.map(\.name) == ["Smith"])
        #expect(a.ambiguities.first?.candidates == ["Anna Smith", "John Smith"])
    }

    @Test func aVerbOfAnotherClauseDoesNotAttribute() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["When Aldo Brink suggested a vote, Nora Feld objected hard: “We will not accept a vote on this.”"])
        #expect(a.quotes[0].speakerEntity == nil)
        // "pushed back" is a verb of saying of its own clause: the speaker is Feld, not Brink.
        let b = ArticleAnalyzer.analyze(paragraphs: ["When Aldo Brink suggested a vote, Nora Feld pushed back hard: “We will not accept a vote on this.”"])
        #expect(b.speakerName(of: b.quotes[0]) == "Nora Feld")
    }

    @Test func describedSpeakerIsNotTheNameInsideItsDescription() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Aldo Brink spoke on Tuesday.",
                                                     "“That is simply false,” one of the lawyers for Aldo Brink said."])
        #expect(a.quotes[0].speakerEntity == nil)
    }

    @Test func participleTakesTheMainSubject() {
        let q = attributed(["Nora Feld spoke at length on Tuesday, warning that the deal was “a trap for the workers.”"])
        #expect(q.map(\.1) == ["Nora Feld"])
    }

    @Test func speechVerbFormAfterADeterminerIsANoun() {
        let q = attributed(["Defence Minister Omar Vale spoke.",
                            "Nora Feld responded on Monday, calling Vale’s charge “baseless and cynical.”"])
        #expect(q.map(\.1) == ["Nora Feld"])
    }

    @Test func bylineAfterDash() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["“The new park is the best thing that happened to this town.” ― Dana Ortiz",
                                                     "“We need buses that run after nine.” — Lionel Brandt, Riverside Tenants Union."])
        #expect(a.quotes.map(\.speakerText) == ["Dana Ortiz", "Lionel Brandt"])
    }

    @Test func dashBeforeMoreWordsIsNoByline() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["“We need buses that run after nine” — Lionel Brandt painted the words on a banner."])
        #expect(a.quotes.map(\.speakerText) == [nil])
    }

    @Test func quotationGoesOnAfterQuotedTitle() {
        let q = attributed(["“We cover the whole valley,” said Lena Hartmann, who hosts the radio show “Valley Voices.” “Nobody else does that anymore.”"])
        #expect(q.map(\.0) == ["We cover the whole valley,", "Valley Voices.", "Nobody else does that anymore."])
        #expect(q.map(\.1) == ["Lena Hartmann", nil, "Lena Hartmann"])
    }

    @Test func bareSentenceAfterFullStop() {
        #expect(attributed(["“The vote was closer than anyone expected.” Ingrid Palmer said."]).map(\.1) == ["Ingrid Palmer"])
        #expect(attributed(["“The vote was closer than anyone expected.” Ingrid Palmer said the count would resume."]).map(\.1) == [nil])
    }

    @Test func nameModifyingANounIsNotTheSpeaker() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Governor Aldo Brink visited Ashford on Monday.",
                                                     "“The plan is already late,” one Brink campaign source said.",
                                                     "“We will fund it,” said the Ashford mayor."])
        #expect(a.quotes.map(\.speakerEntity) == [nil, nil])
        #expect(a.quotes.map(\.speakerPhrase) == ["one Brink campaign source", "the Ashford mayor"])
    }

    @Test func lowerCaseSecondHalfAfterTheAttributionKeepsTheSpeaker() {
        let q = attributed(["“The road was closed for a week,” said Ilse Varga, a baker in Ashford, “and nobody told us why.”"])
        #expect(q.map(\.1) == ["Ilse Varga", "Ilse Varga"])
    }

    @Test func phrasalVerbsOfSaying() {
        #expect(attributed(["“You never read the plan,” Nora Feld shot back."]).map(\.1) == ["Nora Feld"])
        #expect(attributed(["“And then the lights went out,” Ilse Varga went on, laughing."]).map(\.1) == ["Ilse Varga"])
        #expect(attributed(["Once the council goes on recess, “nothing will get done,” a clerk complained."]).map(\.1) != ["council"])
    }

    @Test func lessCommonVerbsOfSaying() {
        #expect(attributed(["“The market will decide,” Tomas Reil opined."]).map(\.1) == ["Tomas Reil"])
    }

    @Test func sentenceOpeningWithItsSpeechVerb() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["The house was rebuilt. Said Dorothy Pender, who grew up nearby, “We were all so proud of it.”",
                                                     "Continued Ilse Varga: “So I think it is a very real problem.”"])
        #expect(a.quotes.map(\.speakerPhrase) == ["Dorothy Pender", "Ilse Varga"])
    }

    @Test func bracketOpeningAQuotedSentence() {
        let q = attributed(["“We have a deal on the budget,” Tomas Reil said. “[The mayor] has the votes now.”"])
        #expect(q.map(\.1) == ["Tomas Reil", "Tomas Reil"])
    }

    @Test func invertedAttributionClosingTheSentence() {
        let q = attributed(["The union was “very unhappy” about the ruling, said Ilse Varga, director of the Ashford Tenants Union."])
        #expect(q.map(\.1) == ["Ilse Varga"])
        #expect(attributed(["The union was “very unhappy” about the ruling, said the “Night Desk” host."]).map(\.1) == [nil, nil])
    }

    @Test func progressiveSpeechVerb() {
        #expect(attributed(["Nora Feld is telling voters in Ashford that “the road will be built.”"]).map(\.1) == ["Nora Feld"])
    }

    @Test func longRunOfUnrecognisedCapitalisedWordsBeforeTheVerb() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["“He voted twice to protect the dealers,” Ashford City Public Advocate Ilse Varga said."])
        #expect(a.quotes.map(\.speakerPhrase) == ["Ashford City Public Advocate Ilse Varga"])
    }

    @Test func quotationAfterABareAttributionSentence() {
        #expect(attributed(["Mayor Ilse Varga agreed. “The bridge has to be rebuilt this year.”"]).map(\.1) == ["Ilse Varga"])
        #expect(attributed(["Mayor Ilse Varga said in a statement. “The bridge has to be rebuilt this year.”"]).map(\.1) == ["Ilse Varga"])
        // A sentence with a reported clause is no bare attribution; the quotation after it is hers only by
        // inference, as the subject of the sentence before (``SubjectVoice``).
        let after = attributed(["Mayor Ilse Varga said the council would vote. “The bridge has to be rebuilt this year.”"])
        #expect(after.map(\.1) == ["Ilse Varga"])
        #expect(after.map(\.2) == [true])
    }
}
