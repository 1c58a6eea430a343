/// Credits an article's quotations to the briefing's actors: to the actors resolution found (see
/// ``ActorResolver/resolvedQuotes(_:entityActors:speakers:)``), then through the editorial entries'
/// merges. Lets the assembler make each article's quotations once its analysis is no longer needed,
/// so the analyses and the resolved quotations are not all in memory at once.
struct QuoteCrediting {
    /// The names of the actors resolution found that quotations may be credited to, by id.
    let speakers: [String: String]
    /// The editorial entries' merge of those actors, or nil when there are no entries.
    let merge: EditorialMerge.Result?
    /// The name of each actor after the merge, by id.
    let mergedNames: [String: String]

    /// The crediting of quotations to `actors` (resolution's), merged as `merge` says.
    init(actors: [Actor], merge: EditorialMerge.Result?) {
        speakers = ActorResolver.speakerNames(actors)
        self.merge = merge
        mergedNames = merge.map { Dictionary($0.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }) } ?? [:]
    }

    /// The non-scare quotations of `input`, whose entities resolution gave to `entityActors`.
    func quotes(_ input: ActorResolver.Input, entityActors: [Int: String]) -> [ResolvedQuote] {
        let found = ActorResolver.resolvedQuotes(input, entityActors: entityActors, speakers: speakers)
        guard let merge else { return found }
        return found.map { merged($0, merge) }
    }

    /// `quote` credited to the actor its speaker merged into, its mentions likewise.
    private func merged(_ quote: ResolvedQuote, _ merge: EditorialMerge.Result) -> ResolvedQuote {
        let speaker = quote.speakerId.flatMap { merge.ids[$0] }
        return ResolvedQuote(id: quote.id, article: quote.article, quote: quote.quote, speakerId: speaker,
                             speaker: speaker.flatMap { mergedNames[$0] } ?? quote.speaker,
                             mentions: Array(Set(quote.mentions.compactMap { merge.ids[$0] })).sorted())
    }
}
