import Testing
@testable import BriefCore

/// The assembler gathers each article's events newest article first and puts them in reporting order
/// in place: oldest article first, each article's events in their own order.
@Suite struct ReportingOrderTests {
    @Test func articlesAreReversedAndEachArticlesEventsKeptInOrder() {
        var reports = ["c1", "c2", "c3", "b1", "a1", "a2"]
        BriefingAssembler.oldestArticleFirst(&reports, counts: [3, 0, 1, 2])
        #expect(reports == ["a1", "a2", "b1", "c1", "c2", "c3"])
        var none: [String] = []
        BriefingAssembler.oldestArticleFirst(&none, counts: [0, 0])
        #expect(none.isEmpty)
    }
}
