/// Lookups over a briefing, built once so every page is derived without searching lists: articles
/// and actors by id, quotations and statements by speaker, by article and by the actors they name,
/// events by actor, which actors appear together, the timeline by month, and the page that lists
/// each event and each quotation.
public struct BriefingIndex: Sendable {
    /// Articles by slug.
    public let articles: [String: Article]
    /// Article titles by slug.
    public let titles: [String: String]
    /// Actors by id.
    public let actors: [String: Actor]
    /// Quotations by speaker id, in briefing order.
    public let quotesBySpeaker: [String: [ResolvedQuote]]
    /// Quotations by article slug, in text order.
    public let quotesByArticle: [String: [ResolvedQuote]]
    /// Quotations by the id of an actor they speak of (their speaker's own quotes left out).
    public let quotesMentioning: [String: [ResolvedQuote]]
    /// Quotations without a resolved speaker, in briefing order.
    public let unattributedQuotes: [ResolvedQuote]
    /// Reported statements whose speaker is not a resolved actor, in briefing order.
    public let unattributedStatements: [ResolvedStatement]
    /// Reported statements by speaker id.
    public let statementsBySpeaker: [String: [ResolvedStatement]]
    /// Events by the id of an actor they name, in timeline order.
    public let eventsByActor: [String: [TimelineEvent]]
    /// For each actor, the actors seen with it (in the same articles) and how many articles they share,
    /// most shared first.
    public let companions: [String: [(id: String, articles: Int)]]
    /// For each actor, how many times each article mentions it (by article slug).
    public let mentionCounts: [String: [String: Int]]
    /// The days of the oldest and the newest dated article, or nil when none is dated.
    public let datedSpan: ClosedRange<CalendarDate>?
    /// The timeline cut by month, earliest first (``TimelineMonth``).
    public let timelineMonths: [TimelineMonth]
    /// The route of the timeline page that lists each event.
    public let timelinePlaces: [TimelineEvent: Route]
    /// The route of the speaker's quotations page that holds each quotation, by quotation id.
    public let quotePlaces: [String: Route]

    /// The index of `briefing`.
    public init(_ briefing: Briefing) {
        articles = Dictionary(briefing.articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        titles = articles.mapValues(\.title)
        actors = Dictionary(briefing.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        quotesBySpeaker = Dictionary(grouping: briefing.quotes.filter { $0.speakerId != nil }, by: { $0.speakerId! })
        quotesByArticle = Dictionary(grouping: briefing.quotes, by: \.article)
        unattributedQuotes = briefing.quotes.filter { $0.speakerId == nil }
        unattributedStatements = briefing.statements.filter { $0.speakerId == nil }
        var mentioning: [String: [ResolvedQuote]] = [:]
        for quote in briefing.quotes {
            for id in quote.mentions where id != quote.speakerId { mentioning[id, default: []].append(quote) }
        }
        quotesMentioning = mentioning
        statementsBySpeaker = Dictionary(grouping: briefing.statements.filter { $0.speakerId != nil }, by: { $0.speakerId! })
        var events: [String: [TimelineEvent]] = [:]
        for event in briefing.timeline {
            for id in event.actors { events[id, default: []].append(event) }
        }
        eventsByActor = events
        companions = Self.companions(briefing.actors)
        var counts: [String: [String: Int]] = [:]
        for (slug, mentions) in briefing.mentions {
            for mention in mentions { counts[mention.actorID, default: [:]][slug, default: 0] += 1 }
        }
        mentionCounts = counts
        let days = briefing.articles.compactMap { $0.date?.day }
        datedSpan = days.min().flatMap { first in days.max().map { first...$0 } }
        timelineMonths = TimelineMonth.split(briefing.timeline)
        timelinePlaces = TimelineMonthPage.places(timelineMonths)
        quotePlaces = SpeakerQuotesPage.places(quotesBySpeaker, unattributed: unattributedQuotes)
    }

    /// Actors sharing articles, counted from each actor's article list.
    static func companions(_ actors: [Actor]) -> [String: [(id: String, articles: Int)]] {
        var byArticle: [String: [String]] = [:]
        for actor in actors {
            for slug in actor.articles { byArticle[slug, default: []].append(actor.id) }
        }
        var counts: [String: [String: Int]] = [:]
        for ids in byArticle.values {
            for a in ids {
                for b in ids where b != a { counts[a, default: [:]][b, default: 0] += 1 }
            }
        }
        return counts.mapValues { shared in
            shared.map { (id: $0.key, articles: $0.value) }.sorted { ($1.articles, $0.id) < ($0.articles, $1.id) }
        }
    }
}
