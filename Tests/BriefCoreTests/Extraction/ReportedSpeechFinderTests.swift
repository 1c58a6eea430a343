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
