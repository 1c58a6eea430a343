import Testing
@testable import BriefCore
@testable import BriefEvaluation

@Suite struct SpeakerExtentTests {
    private func phrases(_ paragraphs: [String]) -> [String?] {
        ArticleAnalyzer.analyze(paragraphs: paragraphs).quotes.filter { !$0.isScareQuote }.map(\.speakerPhrase)
    }

    @Test func roleWordsBeforeTheNameBelongToThePhrase() {
        let p = phrases(["“The harbour stays open,” said Regional Transport Minister Odile Marchetti."])
        #expect(p == ["Regional Transport Minister Odile Marchetti"])
    }

    @Test func anAppositiveAfterTheVerbRunsToTheSentenceEnd() {
        let p = phrases(["“Prices will fall,” said Karel Novak, a grain trader who works in Brno."])
        #expect(p == ["Karel Novak, a grain trader who works in Brno"])
    }

    @Test func anAppositiveBeforeTheVerbEndsAtItsComma() {
        let p = phrases(["Karel Novak, a grain trader, said: “Prices will fall.”"])
        #expect(p == ["Karel Novak, a grain trader"])
    }

    @Test func aParticipleAfterTheSpeakerIsNotPartOfIt() {
        let p = phrases(["“Prices will fall,” said Karel Novak, adding that he had sold early."])
        #expect(p == ["Karel Novak"])
    }

    @Test func aPronounStaysAPronounAndKeepsItsResolvedActor() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Mr. Karel Novak trades grain.", "“Prices will fall,” he said."])
        let quote = a.quotes[0]
        #expect(quote.speakerPhrase == "he")
        #expect(a.speakerName(of: quote) == "Karel Novak")
    }

    @Test func analyzeWritesThePhraseItsSpanAndTheResolvedName() {
        let text = "“Prices will fall,” said Commerce Minister Karel Novak."
        let record = DocumentAnalyzer.analyze(AnalysisInput(id: "t", date: nil, text: text))
        let quote = record.quotes[0]
        #expect(quote.speaker == "Commerce Minister Karel Novak")
        #expect(quote.speakerName == "Karel Novak")
        #expect(quote.speakerSpan.map { $0.text(in: text) } == "Commerce Minister Karel Novak")
        #expect(record.jsonLine().contains("\"speakerStart\":"))
    }
}

@Suite struct SpeakerExtentBoundaryTests {
    private func speakers(_ text: String) -> [String?] {
        DocumentAnalyzer.analyze(AnalysisInput(id: "t", date: nil, text: text)).quotes.map(\.speaker)
    }

    @Test func aPersonAfterAnotherNameAndRoleWordsIsTheSpeaker() {
        #expect(speakers("“It is over,” said Varga’s chief campaign aide Tomas Reil.") == ["Varga’s chief campaign aide Tomas Reil"])
        #expect(speakers("“It is over,” said Varga ally Tomas Reil.") == ["Varga ally Tomas Reil"])
    }

    @Test func aRelativeClauseIsPartOfTheSpeaker() {
        // PolNeAR counts ", who …" as part of the source more often than not.
        #expect(speakers("“It is over,” said Tomas Reil, who ran the count.") == ["Tomas Reil, who ran the count"])
        #expect(speakers("Tomas Reil, who ran the count, said: “It is over.”") == ["Tomas Reil, who ran the count"])
        #expect(speakers("“It is over,” said Tomas Reil, who “ran the count.”").first == "Tomas Reil")
    }

    @Test func aPartyTagInParenthesesIs() {
        #expect(speakers("“It is over,” said Sen. Tomas Reil (D-Ore.).") == ["Sen. Tomas Reil (D-Ore.)"])
    }

    @Test func aSourceAfterAccordingToRunsToItsComma() {
        let s = speakers("Turnout fell by a third, according to a county survey of polling stations.")
        #expect(s == ["a county survey of polling stations"])
    }
}

/// Where a relative clause or an appositive before the verb ends.
@Suite struct SpeakerExtentClauseEndTests {
    private func reportedPhrases(_ text: String) -> [String?] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map(\.speakerPhrase)
    }

    @Test func aRelativeClauseEndsBeforeTheMainVerb() {
        #expect(reportedPhrases("Tomas Reil, who won Ohio and Utah, is calling for the others to quit.") == ["Tomas Reil, who won Ohio and Utah"])
    }

    @Test func aClauseOfSayingIsNoDescription() {
        let p = reportedPhrases("Tomas Reil, who said he votes early, said the queue was long.")
        #expect(p.last == "Tomas Reil")
    }

    @Test func anAppositiveEndsBeforeAPastTenseVerb() {
        #expect(reportedPhrases("Tomas Reil, a lawyer from Ghent, criticized the ruling on Monday.") == ["Tomas Reil, a lawyer from Ghent"])
    }
}
