/// Rewrites which actor a briefing's facts name: every quotation, statement, mention and event that
/// names actor `from` — in `articles` only, when given — names `to` instead, or no actor when `to`
/// is nil (then its statements leave the lists, and its quotations become unattributed).
struct ActorReassignment {
    /// The actor whose facts move.
    let from: String
    /// The actor they move to, or nil to name no actor.
    let to: Actor?
    /// The articles whose facts move (slugs), or nil for every article.
    let articles: Set<String>?

    /// Whether the facts of `article` move.
    func covers(_ article: String) -> Bool { articles?.contains(article) ?? true }

    /// `briefing` with the facts moved (the actors themselves are left to the caller).
    func apply(to briefing: Briefing) -> Briefing {
        briefing.replacing(timeline: briefing.timeline.map(event), quotes: briefing.quotes.map(quote),
                           statements: briefing.statements.compactMap(statement), mentions: mentions(briefing.mentions))
    }

    /// The ids `ids` with `from` replaced (and duplicates dropped, order kept).
    func replaced(_ ids: [String]) -> [String] {
        var result: [String] = []
        for id in ids {
            let new = id == from ? to?.id : id
            if let new, !result.contains(new) { result.append(new) }
        }
        return result
    }

    /// The quotation with `from` replaced as its speaker and among the actors it speaks of.
    func quote(_ quote: ResolvedQuote) -> ResolvedQuote {
        guard covers(quote.article), quote.speakerId == from || quote.mentions.contains(from) else { return quote }
        let speaks = quote.speakerId == from
        var moved = ResolvedQuote(id: quote.id, article: quote.article, quote: quote.quote,
                                  speakerId: speaks ? to?.id : quote.speakerId, speaker: speaks ? to?.name : quote.speaker,
                                  mentions: Array(Set(replaced(quote.mentions))).sorted())
        moved.editorNote = quote.editorNote
        moved.corrected = quote.corrected && (!speaks || to != nil)
        return moved
    }

    /// The statement with `from` replaced as its speaker, or nil when it moves to no actor.
    func statement(_ statement: ResolvedStatement) -> ResolvedStatement? {
        guard covers(statement.article), statement.speakerId == from else { return statement }
        guard let to else { return nil }
        var moved = ResolvedStatement(id: statement.id, article: statement.article, statement: statement.statement,
                                      speakerId: to.id, speaker: to.name, text: statement.sharedText)
        moved.verb = statement.verb
        return moved
    }

    /// The articles' mentions with those of `from` given to `to`, or dropped.
    func mentions(_ mentions: [String: [ActorMention]]) -> [String: [ActorMention]] {
        var result = mentions
        for (slug, list) in mentions where covers(slug) && list.contains(where: { $0.actorID == from }) {
            result[slug] = list.compactMap { mention in
                guard mention.actorID == from else { return mention }
                return to.map { ActorMention(paragraph: mention.paragraph, span: mention.span, actorID: $0.id) }
            }
        }
        return result
    }

    /// The event with `from` replaced among its actors; when only some of its sources are in
    /// `articles`, it names both (the merged reports may speak of either).
    func event(_ event: TimelineEvent) -> TimelineEvent {
        guard event.actors.contains(from) else { return event }
        let inside = event.sources.filter { covers($0.article) }.count
        guard inside > 0 else { return event }
        var moved = event
        if inside == event.sources.count {
            moved.actors = replaced(event.actors)
        } else if let to, !event.actors.contains(to.id) {
            moved.actors.append(to.id)
        }
        return moved
    }

    /// How many mentions of `from` move.
    func movedMentions(in briefing: Briefing) -> Int {
        briefing.mentions.reduce(0) { total, entry in
            covers(entry.key) ? total + entry.value.filter { $0.actorID == from }.count : total
        }
    }

    /// How many quotations `from` speaks move.
    func movedQuotes(in briefing: Briefing) -> Int {
        briefing.quotes.filter { $0.speakerId == from && covers($0.article) }.count
    }
}
