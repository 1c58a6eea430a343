/// Every quotation and reported statement of one speaker (`quotes/by/ID/`), or of no resolved
/// speaker (`quotes/unattributed/`), in briefing order, each with its permalink anchor (its id) and
/// a link to the paragraph it comes from.
public enum SpeakerQuotesPage {
    /// The pages of every speaker with quotations or statements, and the unattributed page.
    public static func pages(_ briefing: Briefing, index: BriefingIndex) -> [Page] {
        let speakers = Set(index.quotesBySpeaker.keys).union(index.statementsBySpeaker.keys).sorted()
        return speakers.compactMap { id in index.actors[id].map { page($0, index: index) } } + [unattributed(briefing, index: index)]
    }

    /// The page of `actor`'s quotations and statements.
    static func page(_ actor: Actor, index: BriefingIndex) -> Page {
        let route = ActorRoutes.speakerQuotes(actor.id)
        return make(route, title: "Quotations: \(actor.name)", heading: actor.name,
                    profile: route.link(to: ActorRoutes.profile(actor.id)),
                    quotes: index.quotesBySpeaker[actor.id] ?? [], statements: index.statementsBySpeaker[actor.id] ?? [], index: index)
    }

    /// The page of quotations without a resolved speaker and statements by speakers who are not actors.
    static func unattributed(_ briefing: Briefing, index: BriefingIndex) -> Page {
        make(ActorRoutes.unattributed, title: "Quotations without a stated speaker", heading: "Speaker not stated", profile: nil,
             quotes: index.unattributedQuotes, statements: index.unattributedStatements,
             index: index)
    }

    private static func make(_ route: Route, title: String, heading: String, profile: String?, quotes: [ResolvedQuote],
                             statements: [ResolvedStatement], index: BriefingIndex) -> Page {
        Page(route: route, template: "speaker-quotes", title: title, context: [
            "heading": .string(heading),
            "profile": .optional(profile),
            "overview": .string(route.link(to: ActorRoutes.quotes)),
            "quotes": .list(quotes.map { QuoteEntry.fields($0, from: route, index: index) }),
            "hasQuotes": .bool(!quotes.isEmpty),
            "count": .string(Plural.count(quotes.count, "quotation")),
            "statements": .list(statements.map { QuoteEntry.fields($0, from: route, index: index) }),
            "hasStatements": .bool(!statements.isEmpty),
        ])
    }
}
