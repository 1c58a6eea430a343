/// The quotes page (`quotes/`): every quotation grouped by speaker, each with a permalink anchor (its
/// id) and a link to its paragraph; unattributed quotations apart; an index by article pointing at
/// the permalinks; and the statements reported without quotation marks, by speaker.
public enum QuotesPage {
    /// The page for `briefing`.
    public static func page(_ briefing: Briefing, index: BriefingIndex) -> Page {
        let route = ActorRoutes.quotes
        let speakers = bySpeaker(briefing, from: route, index: index)
        let unattributed = briefing.quotes.filter { $0.speakerId == nil }.map { QuoteEntry.fields($0, from: route, index: index) }
        let statements = statementGroups(briefing, from: route, index: index)
        return Page(route: route, template: "quotes", title: "Quotes", context: [
            "speakers": .list(speakers), "hasSpeakers": .bool(!speakers.isEmpty),
            "unattributed": .list(unattributed), "hasUnattributed": .bool(!unattributed.isEmpty),
            "articles": .list(byArticle(briefing, index: index)),
            "statements": .list(statements), "hasStatements": .bool(!statements.isEmpty),
            "quoteCount": .int(briefing.quotes.count),
            "hasQuotes": .bool(!briefing.quotes.isEmpty),
        ])
    }

    /// Speakers by name, each with their quotations in briefing order.
    static func bySpeaker(_ briefing: Briefing, from route: Route, index: BriefingIndex) -> [TemplateValue] {
        index.quotesBySpeaker.keys.compactMap { index.actors[$0] }
            .sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
            .map { actor in
                let quotes = index.quotesBySpeaker[actor.id] ?? []
                return ["name": .string(actor.name), "anchor": .string("by-\(actor.id)"),
                        "profile": .string(route.link(to: ActorRoutes.profile(actor.id))),
                        "count": .int(quotes.count),
                        "quotes": .list(quotes.map { QuoteEntry.fields($0, from: route, index: index) })]
            }
    }

    /// Articles in front-page order, each listing its quotations with a link to their permalinks.
    static func byArticle(_ briefing: Briefing, index: BriefingIndex) -> [TemplateValue] {
        briefing.articles.compactMap { article in
            guard let quotes = index.quotesByArticle[article.slug], !quotes.isEmpty else { return nil }
            return ["title": .string(article.title), "date": .optional(article.date.map { DateDisplay.long($0.day) }),
                    "quotes": .list(quotes.map { quote in
                        ["permalink": .string("#" + quote.id), "excerpt": .string(excerpt(quote.text)),
                         "speaker": .string(quote.speaker ?? "unattributed"), "paragraph": .int(quote.paragraph)]
                    })]
        }
    }

    /// Reported statements grouped by speaker as written or resolved, speakers by name.
    static func statementGroups(_ briefing: Briefing, from route: Route, index: BriefingIndex) -> [TemplateValue] {
        let groups = Dictionary(grouping: briefing.statements, by: { $0.speakerId ?? "~" + $0.speaker.lowercased() })
        return groups.values.sorted { ($0[0].speaker.lowercased(), $0[0].id) < ($1[0].speaker.lowercased(), $1[0].id) }.map { statements in
            ["speaker": .string(statements[0].speaker),
             "profile": .optional(statements[0].speakerId.map { route.link(to: ActorRoutes.profile($0)) }),
             "statements": .list(statements.map { QuoteEntry.fields($0, from: route, index: index) })]
        }
    }

    /// The first words of a long quotation, for the by-article index.
    static func excerpt(_ text: String, words limit: Int = 12) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        return words.count <= limit ? text : words.prefix(limit).joined(separator: " ") + " …"
    }
}
