import Testing
@testable import BriefCore

/// The assembler credits each article's quotations once its analysis is used, instead of taking them
/// from `ActorResolver.resolve`: the quotations are the same, with and without editorial entries.
@Suite struct QuoteCreditingTests {
    static let articles = [
        ActorPagesTests.article("one", "2025-06-01", "One", [
            "“We will hold,” Olena Kovalenko said on Monday, standing beside Prime Minister Marek Novak.",
            "“Not yet,” Novak said. Kovalenko added: “The line is stable.”",
        ]),
        ActorPagesTests.article("two", "2025-06-02", "Two", [
            "“The line is stable,” Olena Kovalenko-Hart said of the talks with Marek Novak.",
            "Clinton said “we are ready” while the ministry called it “a 'scare' quote”.",
        ]),
        ActorPagesTests.article("three", "2025-06-03", "Three", ["“Enough,” said Novak, who met Kovalenko in Kyiv."]),
    ]

    @Test func quotationsMadeArticleByArticleAreThoseOfTheWholeCorpusResolution() {
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: Self.articles)
        let resolved = ActorResolver.resolve(briefing.articles.map { .init(slug: $0.slug, analysis: ArticleDerivation($0).analysis) })
        #expect(briefing.quotes.count >= 5)
        #expect(briefing.quotes == resolved.quotes)
        #expect(briefing.quotes.contains { $0.speakerId == "marek-novak" })
    }

    @Test func anEditorialMergeCreditsTheMergedActor() {
        let entry = ActorEntry(id: "kovalenko", name: "Olena Kovalenko-Hart", aliases: ["Olena Kovalenko"], kind: .person,
                               role: nil, bio: nil, sourcePath: "content/actors/kovalenko.md")
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: Self.articles, entries: [entry])
        let resolved = ActorResolver.resolve(briefing.articles.map { .init(slug: $0.slug, analysis: ArticleDerivation($0).analysis) })
        #expect(briefing.quotes.map(\.id) == resolved.quotes.map(\.id))
        for (quote, before) in zip(briefing.quotes, resolved.quotes) {
            let merged = before.speakerId.map { $0.hasPrefix("olena-kovalenko") ? "kovalenko" : $0 }
            #expect(quote.speakerId == merged)
            #expect(quote.speaker == (merged == "kovalenko" ? "Olena Kovalenko-Hart" : before.speaker))
        }
        #expect(briefing.quotes.contains { $0.speakerId == "kovalenko" })
    }
}
