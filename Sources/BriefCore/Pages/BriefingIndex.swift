/// Lookups over a briefing, built once so every page is derived without searching lists: articles
/// and actors by id, quotations and statements by speaker, by article and by the actors they name,
/// events by actor, which actors appear together, the timeline by month, and the page that lists
/// each event and each quotation. The lists pick the briefing's quotations, statements and events
/// by position (``IndexedList``) instead of copying them.
public struct BriefingIndex: Sendable {
    /// Articles by slug.
    public let articles: [String: Article]
    /// Article titles by slug.
    public let titles: [String: String]
    /// Actors by id.
    public let actors: [String: Actor]
    /// Quotations by speaker id, in briefing order.
    public let quotesBySpeaker: [String: IndexedList<ResolvedQuote>]
    /// Quotations by article slug, in text order.
    public let quotesByArticle: [String: IndexedList<ResolvedQuote>]
    /// Quotations by the id of an actor they speak of (their speaker's own quotes left out).
    public let quotesMentioning: [String: IndexedList<ResolvedQuote>]
    /// Quotations without a resolved speaker, in briefing order.
    public let unattributedQuotes: IndexedList<ResolvedQuote>
    /// Reported statements whose speaker is not a resolved actor, in briefing order.
    public let unattributedStatements: IndexedList<ResolvedStatement>
    /// Reported statements by speaker id.
    public let statementsBySpeaker: [String: IndexedList<ResolvedStatement>]
    /// Events by the id of an actor they name, in timeline order.
    public let eventsByActor: [String: IndexedList<TimelineEvent>]
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
    public let timelinePlaces: TimelinePlaces
    /// The number of the page of its speaker's quotations (or of the unattributed ones) that holds
    /// each quotation, by quotation id.
    public let quotePlaces: [String: Int32]

    /// The index of `briefing`.
    public init(_ briefing: Briefing) {
        articles = Dictionary(briefing.articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        titles = articles.mapValues(\.title)
        actors = Dictionary(briefing.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let quotes = briefing.quotes, statements = briefing.statements, timeline = briefing.timeline
        quotesBySpeaker = Self.lists(quotes) { quote, add in quote.speakerId.map(add) }
        quotesByArticle = Self.lists(quotes) { quote, add in add(quote.article) }
        unattributedQuotes = IndexedList(quotes, positions: Self.positions(quotes) { $0.speakerId == nil })
        unattributedStatements = IndexedList(statements, positions: Self.positions(statements) { $0.speakerId == nil })
        quotesMentioning = Self.lists(quotes) { quote, add in
            for id in quote.mentions where id != quote.speakerId { add(id) }
        }
        statementsBySpeaker = Self.lists(statements) { statement, add in statement.speakerId.map(add) }
        eventsByActor = Self.lists(timeline) { event, add in event.actors.forEach(add) }
        companions = Self.companions(briefing.actors)
        var counts: [String: [String: Int]] = [:]
        for (slug, mentions) in briefing.mentions {
            for mention in mentions { counts[mention.actorID, default: [:]][slug, default: 0] += 1 }
        }
        mentionCounts = counts
        let days = briefing.articles.compactMap { $0.date?.day }
        datedSpan = days.min().flatMap { first in days.max().map { first...$0 } }
        timelineMonths = TimelineMonth.split(briefing.timeline)
        timelinePlaces = TimelinePlaces(timeline, months: timelineMonths)
        quotePlaces = SpeakerQuotesPage.places(quotesBySpeaker, unattributed: unattributedQuotes)
    }

    /// Only the lookups an article's page reads (articles, actors and where each quotation is listed)
    /// taken from `index`, sharing their storage; every other list empty. What ``ArticlePreview``
    /// keeps between builds, without the quotations, statements and events the full index points into.
    public init(articlePagesOf index: BriefingIndex) {
        articles = index.articles
        titles = index.titles
        actors = index.actors
        quotePlaces = index.quotePlaces
        quotesBySpeaker = [:]
        quotesByArticle = [:]
        quotesMentioning = [:]
        unattributedQuotes = []
        unattributedStatements = []
        statementsBySpeaker = [:]
        eventsByActor = [:]
        companions = [:]
        mentionCounts = [:]
        datedSpan = index.datedSpan
        timelineMonths = []
        timelinePlaces = TimelinePlaces([], months: [])
    }

    /// The elements of `base` listed under each key that `keys` adds for them, in `base`'s order;
    /// an element is listed once for each time a key is added.
    static func lists<Element>(_ base: [Element], keys: (Element, (String) -> Void) -> Void) -> [String: IndexedList<Element>] {
        var positions: [String: [Int32]] = [:]
        for (position, element) in base.enumerated() {
            keys(element) { positions[$0, default: []].append(Int32(position)) }
        }
        return positions.mapValues { IndexedList(base, positions: $0) }
    }

    /// The positions of the elements of `base` that satisfy `include`, in order.
    static func positions<Element>(_ base: [Element], where include: (Element) -> Bool) -> [Int32] {
        base.indices.filter { include(base[$0]) }.map(Int32.init)
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
