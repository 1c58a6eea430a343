/// The actors of a whole briefing, the quotations attributed to them, and the names left ambiguous.
public struct CorpusResolution: Sendable, Hashable {
    /// Every actor, sorted by id.
    public let actors: [Actor]
    /// Every quotation that is not a scare quote, in article and text order.
    public let quotes: [ResolvedQuote]
    /// Short names that could mean several actors, sorted by name.
    public let ambiguities: [NameAmbiguity]
    /// For each input article (in input order), the actor id of each of its ``ArticleEntity`` indices;
    /// entities that are not actors (places that never act) are absent.
    public let entityActors: [[Int: String]]

    /// Creates the value from its parts.
    public init(actors: [Actor], quotes: [ResolvedQuote], ambiguities: [NameAmbiguity], entityActors: [[Int: String]] = []) {
        self.actors = actors
        self.quotes = quotes
        self.ambiguities = ambiguities
        self.entityActors = entityActors
    }

    /// The actor with id `id`, or nil.
    public func actor(id: String) -> Actor? { actors.first { $0.id == id } }
}
