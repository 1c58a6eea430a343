import Testing
@testable import BriefCore

/// What a build keeps of an article's derivation: everything the site shows, without the stances
/// and the temporal expressions, which only `brief analyze` and `brief explain` read.
@Suite struct ArticleDerivationForSiteTests {
    static let article = ActorPagesTests.article("talks", "2025-06-01", "Talks", [
        "Russia dismissed the initiative on Monday. Officials said the talks would resume in Geneva next week.",
        "Prime Minister Marek Novak said the ceasefire would hold, and the ministry rejected the claim.",
    ])

    @Test func aBuildKeepsTheStatementsTheSiteShowsAndNoStance() {
        let full = ArticleDerivation(Self.article)
        let site = full.forSite
        #expect(full.analysis.reported.contains { $0.isStance })
        #expect(!site.analysis.reported.contains { $0.isStance })
        #expect(site.analysis.reported == full.analysis.reported.filter { !$0.isStance })
        #expect(!site.analysis.reported.isEmpty)
        #expect(site.analysis.quotes == full.analysis.quotes && site.analysis.mentions == full.analysis.mentions)
        #expect(site.temporal.events == full.temporal.events && site.temporal.paragraphs.isEmpty)
        #expect(BriefingAssembler.assemble(settings: SiteSettings(), articles: [Self.article], derive: { _ in site }).statements
                == BriefingAssembler.assemble(settings: SiteSettings(), articles: [Self.article]).statements)
    }
}
