/// The front page (`index.html`): the briefing at a glance — what is coming (the next scheduled
/// events), who is most present (actors by mentions), the latest quotations — then the newest
/// articles, with a link to the archive of all of them.
public enum FrontPage {
    /// Article cards on the front page.
    static let articleLimit = 30
    /// Upcoming events shown.
    static let upcomingLimit = 5
    /// Actors shown.
    static let actorLimit = 8
    /// Quotations shown.
    static let quoteLimit = 3

    /// The page for `briefing`.
    public static func page(_ briefing: Briefing, index: BriefingIndex) -> Page {
        let route = Route.home
        let cards = briefing.articles.prefix(articleLimit).map { SiteDeriver.summary(of: $0, from: route) }
        let upcoming = upcomingEvents(briefing).map { TimelinePage.entry($0, from: route, index: index, newest: briefing.newestDate) }
        let actors = briefing.actors.sorted { ($0.mentions, $1.id) > ($1.mentions, $0.id) }.prefix(actorLimit).map { actor in
            ActorDirectoryPage.entry(actor, role: briefing.entries[actor.id]?.role, from: route)
        }
        // Lazily: filtering every quotation of a large archive would copy them all for the first few.
        let quotes = Array(briefing.quotes.lazy.filter { $0.speakerId != nil && !$0.partial }.prefix(quoteLimit))
            .map { QuoteEntry.fields($0, from: route, index: index) }
        var fields: [String: TemplateValue] = [
            "articles": .list(Array(cards)),
            "hasArticles": .bool(!cards.isEmpty),
            "articleCount": .int(briefing.articles.count),
            "archiveLabel": .string(archiveLabel(briefing.articles.count)),
            "archive": .string(route.link(to: ArchivePage.route)),
            "upcoming": .list(upcoming), "hasUpcoming": .bool(!upcoming.isEmpty),
            "actors": .list(Array(actors)), "hasActors": .bool(!actors.isEmpty),
            "quotes": .list(Array(quotes)), "hasQuotes": .bool(!quotes.isEmpty),
            "timeline": .string(route.link(to: TimelinePage.route)),
            "directory": .string(route.link(to: ActorRoutes.directory)),
            "quotesPage": .string(route.link(to: ActorRoutes.quotes)),
        ]
        fields.merge(ListLimit(briefing.articles.count, limit: articleLimit).fields("articles", noun: "article")) { $1 }
        return Page(route: route, template: "index", title: briefing.settings.title, context: .object(fields))
    }

    /// The link to the archive under the latest articles: "All 12 articles, by month", or "The one
    /// article, by month" when there is one.
    static func archiveLabel(_ count: Int) -> String {
        count == 1 ? "The one article, by month" : "All \(count) articles, by month"
    }

    /// The first `limit` events after the newest article's date that their articles report as still
    /// to come, soonest first.
    static func upcomingEvents(_ briefing: Briefing, limit: Int = upcomingLimit) -> [TimelineEvent] {
        guard let newest = briefing.newestDate else { return [] }
        return Array(briefing.timeline.lazy.filter { $0.scheduled && ($0.date.firstDay ?? newest) > newest }.prefix(limit))
    }
}
