/// What `brief check` finds in a briefing the pipeline has derived: every finding of the reviews
/// below, from what the derivation already computed, in article order. Pure: the edges read the
/// files and number the lines.
public enum BriefingReview {
    /// Every finding for `briefing`; `derivations` are the articles' own analyses by slug (their
    /// unplaced dates come from there).
    public static func findings(_ briefing: Briefing, derivations: [String: ArticleDerivation]) -> [ReviewFinding] {
        let actors = Dictionary(briefing.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var found: [ReviewFinding] = []
        for article in briefing.articles {
            found += DateReview.findings(article, temporal: derivations[article.slug]?.temporal)
            found += AttributionReview.findings(article, briefing: briefing, actors: actors)
        }
        found += AmbiguityReview.findings(briefing)
        found += LookAlikeReview.findings(briefing)
        found += NonEntityReview.findings(briefing)
        return found
    }
}
