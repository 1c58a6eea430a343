import Testing
@testable import BriefCore
@testable import BriefEvaluation

/// A name one article gives no evidence for is a person only when another article confirms it.
@Suite struct TentativeNamesTests {
    /// Names the lexicons do not know, written without title, role or speech in document "b".
    private let unconfirmed = AnalysisInput(id: "b", date: nil, text: "Yerlan Kosbayev met Qorvin Ultessa in the capital.\nLater Kosbayev left.")
    private let confirming = AnalysisInput(id: "a", date: nil, text: "Energy Minister Yerlan Kosbayev opened the plant.")

    private func persons(_ record: AnalysisRecord, in input: AnalysisInput) -> [String] {
        record.persons.map { $0.text(in: input.text) }
    }

    @Test func anUnconfirmedNameAloneIsNoOne() {
        let records = CorpusAnalyzer.analyze([unconfirmed])
        #expect(persons(records[0], in: unconfirmed).isEmpty)
        #expect(records[0].entities.isEmpty)
    }

    @Test func anotherArticleConfirmsTheSameFullNameAndItsSurname() {
        let records = CorpusAnalyzer.analyze([confirming, unconfirmed])
        #expect(persons(records[1], in: unconfirmed) == ["Yerlan Kosbayev", "Kosbayev"])
        #expect(Set(records[1].entities.compactMap(\.actor)) == ["yerlan-kosbayev"])
        // The name no article confirms stays out.
        #expect(!persons(records[1], in: unconfirmed).contains("Qorvin Ultessa"))
    }

    @Test func tentativeEntitiesComeAfterTheArticlesOwnAndTakeNoPartInAttribution() {
        let analysis = ArticleAnalyzer.analyze(paragraphs: ["Energy Minister Ana Sorel met Yerlan Kosbayev.", "“We agreed,” she said."])
        #expect(analysis.entities.map(\.name) == ["Ana Sorel", "Yerlan Kosbayev"])
        #expect(analysis.entities.map(\.isTentative) == [false, true])
        #expect(analysis.quotes.first.flatMap { analysis.speakerName(of: $0) } == "Ana Sorel")
    }

    @Test func aNameConfirmedOnceInAnArticleIsConfirmedEverywhereInIt() {
        let analysis = ArticleAnalyzer.analyze(paragraphs: ["Palestinian President Yerlan Kosbayev arrived.", "Later, Yerlan Kosbayev met the envoy."])
        let person = analysis.entities.first { $0.name == "Yerlan Kosbayev" }
        #expect(person?.isTentative == false)
        #expect(person?.mentions.count == 2)
    }
}
