/// The actors of a whole briefing, the quotations attributed to them, and the names left ambiguous.
public struct CorpusResolution: Sendable, Hashable {
    /// Every actor, sorted by id.
    public let actors: [Actor]
    /// Every quotation that is not a scare quote, in article and text order.
    public let quotes: [ResolvedQuote]
    /// Short names that could mean several actors, sorted by name.
    public let ambiguities: [NameAmbiguity]

    /// Creates the value from its parts.
    public init(actors: [Actor], quotes: [ResolvedQuote], ambiguities: [NameAmbiguity]) {
        self.actors = actors
        self.quotes = quotes
        self.ambiguities = ambiguities
    }

    /// The actor with id `id`, or nil.
    public func actor(id: String) -> Actor? { actors.first { $0.id == id } }
}
