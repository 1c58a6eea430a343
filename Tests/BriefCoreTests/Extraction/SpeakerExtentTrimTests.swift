import Testing
@testable import BriefCore

/// The speaker's phrase leaves out the clause around it: a connective opening the sentence, an adverb,
/// a negated auxiliary or a verb of finding after the subject.
@Suite struct SpeakerExtentTrimTests {
    private func reported(_ text: String) -> [String?] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map(\.speakerPhrase)
    }

    @Test func aVerbOfFindingAfterTheSubject() {
        #expect(reported("Most voters want a change in Ashford, a Ledger poll found.") == ["a Ledger poll"])
    }

    @Test func anAdverbOrANegatedAuxiliaryAfterTheSubject() {
        #expect(reported("Ashford officials now say that the plan will fail.") == ["Ashford officials"])
        #expect(reported("Nora Feld hasn’t said whether she will run again.").first == "Nora Feld")
    }

    @Test func aConnectiveOpeningTheSentence() {
        #expect(reported("Now Nora Feld says that the plan will fail.") == ["Nora Feld"])
    }

    @Test func anAsideSetOffByCommasAfterTheSubject() {
        #expect(reported("Nora Feld, the mayor of Ashford, for example, said that the plan will fail.") == ["Nora Feld, the mayor of Ashford"])
        #expect(reported("Nora Feld, without naming him, said that the plan will fail.") == ["Nora Feld"])
    }

    @Test func theMainClauseVerbAfterTheSubjectsAppositive() {
        #expect(reported("Nora Feld, the mayor of Ashford, hopes the vote will show that the town is behind her.").first == "Nora Feld, the mayor of Ashford")
    }
}
