import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// The build parks each article's reported statements and events as compact bytes while the corpus is
/// resolved: they read back exactly, and the briefing is the one assembled without parking.
@Suite struct CompactParkingTests {
    @Test func parkedPartsReadBackExactly() {
        let whole = AnalysisStorableTests.derivation
        let parts = DeferredDerivation(reported: whole.analysis.reported, temporal: whole.temporal)
        #expect(!parts.reported.isEmpty && !parts.temporal.events.isEmpty && !parts.temporal.diagnostics.isEmpty)
        let parked = CompactParking().park(parts)
        #expect(parked.count < 400, "a few hundred bytes, not a struct per field")
        #expect(parked.capacity < 512, "held at its size, not with the writer's spare room (it reserves 1 kB)")
        #expect(CompactParking().unpark(parked) == parts)
    }

    /// Three short articles with quotations, reported statements and dated events, naming the same people.
    static let texts = [
        """
        ---
        title: Talks resume in Geneva
        date: 2025-03-04
        ---
        Foreign Minister Anna Weber said on Monday that the talks would resume on 12 March 2025.

        "We are ready," Weber told reporters. Officials said that the delegations had met on Sunday.
        """,
        """
        ---
        title: Weber meets Novak
        date: 2025-03-13
        ---
        Weber met Prime Minister Marek Novak in Geneva on Wednesday, a day after the talks resumed.

        "Not yet," Novak said. His spokesman argued that a deal could come by April.
        """,
        """
        ---
        title: A deal in April
        date: 2025-04-02
        ---
        Anna Weber and Marek Novak signed the accord on Tuesday. Novak said the vote would follow next week.
        """,
    ]

    @Test func articlesAssembleTheSameWithTheirPartsParked() throws {
        let articles = try Self.texts.enumerated().map { number, text in
            var article = try ArticleLoader.load(ArticleSource(path: "content/articles/a\(number).md", bytes: Array(text.utf8))).article
            article.slug = "a\(number)"
            return article
        }
        let derive: @Sendable (Article) -> ArticleDerivation = { ArticleDerivation($0).forSite }
        let unparked = BriefingAssembler.assemble(settings: SiteSettings(), articles: articles, derive: derive)
        let parked = BriefingAssembler.assemble(settings: SiteSettings(), articles: articles, mapper: ConcurrentMapper(),
                                                parking: CompactParking(), derive: derive)
        #expect(unparked.statements.count >= 2 && unparked.timeline.count >= 3 && unparked.quotes.count >= 2)
        #expect(parked == unparked)
    }
}
