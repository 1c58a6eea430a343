/// One article's derivation as the assembler holds it until the corpus is resolved: the analysis the
/// resolution reads, without the reported statements, and the rest parked (``DerivationParking``).
struct HeldDerivation<Parked: Sendable>: Sendable {
    /// The analysis without its reported statements.
    let analysis: ArticleAnalysis
    /// How many of the reported statements are statements (not stances): the room the briefing's list needs.
    let statements: Int
    /// How many events the temporal analysis holds.
    let events: Int
    /// The reported statements and the temporal analysis, as parked.
    let parked: Parked

    /// `derivation` split for holding, its deferred parts parked by `parking`.
    init<Parking: DerivationParking>(_ derivation: ArticleDerivation, parking: Parking) where Parking.Parked == Parked {
        let whole = derivation.analysis
        analysis = ArticleAnalysis(quotes: whole.quotes, mentions: whole.mentions, roles: whole.roles, entities: whole.entities,
                                   ambiguities: whole.ambiguities, author: whole.author)
        statements = whole.reported.count { !$0.isStance }
        events = derivation.temporal.events.count
        parked = parking.park(DeferredDerivation(reported: whole.reported, temporal: derivation.temporal))
    }
}
