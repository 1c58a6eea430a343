/// What the assembler makes of one article once the corpus's actors are resolved: its quotations
/// credited, its events with actor ids, its statements with their speakers, its mentions of actors,
/// and the warnings its dates gave. Made for many articles at once on every core, then appended to
/// the briefing's lists in article order.
struct AssembledArticle: Sendable {
    let quotes: [ResolvedQuote]
    let events: [TimelineEvent]
    let statements: [ResolvedStatement]
    let mentions: [ActorMention]
    let warnings: [Diagnostic]
}
