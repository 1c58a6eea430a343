/// The quotes page (`quotes/`): the most quoted speakers, each with a count and the latest
/// quotations, linking to the speaker's full list (`quotes/by/ID/`, paged, where each quotation has
/// its permalink anchor) and to every speaker A to Z (`quotes/speakers/`); unattributed quotations
/// apart (`quotes/unattributed/`); an index of the latest articles' quotations pointing at the
/// permalinks; and the latest statements reported without quotation marks. The full lists live on
/// their own pages so that the page stays the same size however large the archive grows.
public enum QuotesPage {
    /// Quotations shown per speaker on the overview.
    static let perSpeaker = 3
    /// Articles in the by-article index.
    static let articleLimit = 50
    /// Statements shown on the overview.
    static let statementLimit = 50
    /// Speakers shown on the overview: the most quoted.
    static let speakerLimit = 20
    /// Quotations the by-article index lists for one article.
    static let perArticle = 10

    /// The page for `briefing`.
    public static func page(_ briefing: Briefing, index: BriefingIndex) -> Page {
        let route = ActorRoutes.quotes
        let speakers = bySpeaker(from: route, index: index)
        let speakerCount = Set(index.quotesBySpeaker.keys).union(index.statementsBySpeaker.keys).count
        let unattributed = index.unattributedQuotes
        let statements = briefing.statements.prefix(statementLimit).map { QuoteEntry.fields($0, from: route, index: index) }
        var fields: [String: TemplateValue] = [
            "speakers": .list(speakers), "hasSpeakers": .bool(!speakers.isEmpty),
            "speakerCount": .int(speakerCount),
            "allSpeakers": .string(route.link(to: ActorRoutes.speakers)),
            "unattributed": .list(unattributed.prefix(perSpeaker).map { QuoteEntry.fields($0, from: route, index: index) }),
            "hasUnattributed": .bool(!unattributed.isEmpty),
            "unattributedCount": .int(unattributed.count),
            "unattributedLink": .string(route.link(to: ActorRoutes.unattributed)),
            "articles": .list(byArticle(briefing, from: route, index: index)),
            "statements": .list(statements), "hasStatements": .bool(!statements.isEmpty),
            "quoteCount": .int(briefing.quotes.count),
            "hasQuotes": .bool(!briefing.quotes.isEmpty),
        ]
        fields.merge(ListLimit(briefing.statements.count, limit: statementLimit).fields("statements", noun: "statement")) { $1 }
        fields.merge(ListLimit(index.quotesByArticle.count, limit: articleLimit).fields("articles", noun: "article")) { $1 }
        return Page(route: route, template: "quotes", title: "Quotes", context: .object(fields))
    }

    /// The most quoted speakers (the first by name on a tie), each with a count, the latest
    /// quotations and the link to all of them.
    static func bySpeaker(from route: Route, index: BriefingIndex) -> [TemplateValue] {
        index.quotesBySpeaker.keys.compactMap { index.actors[$0] }
            .sorted { (index.quotesBySpeaker[$1.id]?.count ?? 0, $0.name.lowercased(), $0.id)
                < (index.quotesBySpeaker[$0.id]?.count ?? 0, $1.name.lowercased(), $1.id) }
            .prefix(speakerLimit)
            .map { actor in
                let quotes = index.quotesBySpeaker[actor.id] ?? []
                return ["name": .string(actor.name), "anchor": .string("by-\(actor.id)"),
                        "profile": .string(route.link(to: ActorRoutes.profile(actor.id))),
                        "all": .string(route.link(to: ActorRoutes.speakerQuotes(actor.id))),
                        "count": .int(quotes.count),
                        "hasMore": .bool(quotes.count > perSpeaker),
                        "quotes": .list(quotes.prefix(perSpeaker).map { QuoteEntry.fields($0, from: route, index: index) })]
            }
    }

    /// The latest articles in front-page order, each listing its quotations with their permalinks.
    static func byArticle(_ briefing: Briefing, from route: Route, index: BriefingIndex) -> [TemplateValue] {
        briefing.articles.lazy.compactMap { article -> TemplateValue? in
            guard let quotes = index.quotesByArticle[article.slug], !quotes.isEmpty else { return nil }
            var fields: [String: TemplateValue] = [
                "title": .string(article.title), "date": .optional(article.date.map { DateDisplay.long($0.day) }),
                "link": .string(route.link(to: SiteDeriver.route(of: article))),
                "quotes": .list(quotes.prefix(perArticle).map { quote in
                    ["permalink": .string(ActorRoutes.permalink(quote, from: route, index: index)), "excerpt": .string(excerpt(quote.text)),
                     "speaker": .string(quote.speaker ?? "speaker not stated"), "paragraph": .int(quote.paragraph)]
                }),
            ]
            fields.merge(ListLimit(quotes.count, limit: perArticle).fields("quotes", noun: "quotation")) { $1 }
            return .object(fields)
        }.prefix(articleLimit).map { $0 }
    }

    /// The first words of a long quotation, for the by-article index.
    static func excerpt(_ text: String, words limit: Int = 12) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        return words.count <= limit ? text : words.prefix(limit).joined(separator: " ") + " …"
    }
}
