import Testing
@testable import BriefCore

/// A partial quotation's reported clause ends before a second verb of its speaker after the quotation.
@Suite struct QuoteClauseSecondVerbTests {
    /// The reported clause of the first partial quotation of `text`, as text.
    func clause(_ text: String) -> String? {
        let analysis = ArticleAnalyzer.analyze(paragraphs: [text])
        guard let span = analysis.quotes.first?.clauseSpan else { return nil }
        return span.text(in: text)
    }

    @Test func clauseEndsBeforeASecondVerb() {
        #expect(clause("The coach praised the “tireless and loyal” players and said the season had gone well.")
            == "the “tireless and loyal” players")
        #expect(reportedStatements(in: "The coach praised the “tireless and loyal” players and said the season had gone well.")
            .map(\.text).contains("the season had gone well"))
    }

    @Test func clauseWithoutASecondVerbRunsToTheEnd() {
        #expect(clause("The coach praised the “tireless and loyal” players and their families.")
            == "the “tireless and loyal” players and their families")
    }
}
