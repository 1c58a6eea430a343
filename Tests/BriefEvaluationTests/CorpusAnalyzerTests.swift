import Testing
@testable import BriefCore
@testable import BriefEvaluation

/// `brief analyze` names speakers as the site does: resolved across every document.
@Suite struct CorpusAnalyzerTests {
    private let documents = [
        AnalysisInput(id: "a", date: nil, text: "Ilse Varga Jr. visited the plant.\n“We will stay,” Varga said."),
        AnalysisInput(id: "b", date: nil, text: "“It is a good day,” Reil said."),
        AnalysisInput(id: "c", date: nil, text: "Tomas Reil, the mayor, opened the bridge."),
    ]

    @Test func speakerNamesAreTheActorsTheSiteCredits() {
        let records = CorpusAnalyzer.analyze(documents)
        #expect(records.map(\.id) == ["a", "b", "c"])
        #expect(records[0].quotes.map(\.speakerName) == ["Ilse Varga Jr."])
        // "Reil" alone in its document is the one Reil of the corpus.
        #expect(records[1].quotes.map(\.speaker) == ["Reil"])
        #expect(records[1].quotes.map(\.speakerName) == ["Tomas Reil"])
    }

    @Test func entitiesCarryKindAndActor() {
        let record = CorpusAnalyzer.analyze(documents)[2]
        let text = documents[2].text
        #expect(record.entities.map { $0.span.text(in: text) } == ["Tomas Reil"])
        #expect(record.entities.first?.kind == .person)
        #expect(record.entities.first?.actor == "tomas-reil")
        #expect(record.jsonLine().contains(#""entities":[{"start":0,"end":10,"kind":"person","actor":"tomas-reil"}]"#))
    }
}
