/// Everything `content/corrections.yml` says, by what it corrects: quotations, actors and events.
public struct Corrections: Sendable, Hashable {
    /// Quotations given a speaker or dropped.
    public var quotes: [Correction]
    /// Actors merged, split or hidden.
    public var actors: [ActorCorrection]
    /// Events given another date or dropped.
    public var events: [EventCorrection]

    /// Creates the value from its parts.
    public init(quotes: [Correction] = [], actors: [ActorCorrection] = [], events: [EventCorrection] = []) {
        self.quotes = quotes
        self.actors = actors
        self.events = events
    }

    /// Whether there is nothing to correct.
    public var isEmpty: Bool { quotes.isEmpty && actors.isEmpty && events.isEmpty }
}
