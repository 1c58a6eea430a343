/// The whole model a site is derived from: the settings, every published article, and what was
/// derived from them (actors, quotations, reported statements, the timeline), each fact pointing
/// back to its article and paragraph.
public struct Briefing: Sendable, Hashable {
    public let settings: SiteSettings
    /// The articles, newest first (undated last), ties broken by title then slug.
    public let articles: [Article]
    /// Dated events, merged across articles, in chronological order.
    public let timeline: [TimelineEvent]
    /// The actors of every article, resolved across articles, sorted by id.
    public let actors: [Actor]
    /// Direct quotations (scare quotes left out), in article order (as ``articles``) and text order.
    public let quotes: [ResolvedQuote]
    /// Statements reported without quotation marks, in article and text order.
    public let statements: [ResolvedStatement]
    /// Short names left unbound because they could mean several actors.
    public let ambiguities: [NameAmbiguity]
    /// Each article's mentions of actors (by article slug), in text order.
    public let mentions: [String: [ActorMention]]
    /// The editorial entries (`content/actors/`) by the id of the actor they describe.
    public let entries: [String: ActorEntry]
    /// Warnings met while deriving (e.g. an undated article whose dates stay unresolved).
    public let warnings: [Diagnostic]
    /// The editors' notes from `content/corrections.yml`, by the profile or article page they belong on.
    public var editorNotes = EditorNotes()

    /// Creates the value from its parts; `articles` are put in front-page order.
    public init(settings: SiteSettings, articles: [Article], timeline: [TimelineEvent] = [], actors: [Actor] = [],
                quotes: [ResolvedQuote] = [], statements: [ResolvedStatement] = [], ambiguities: [NameAmbiguity] = [],
                mentions: [String: [ActorMention]] = [:], entries: [String: ActorEntry] = [:], warnings: [Diagnostic] = []) {
        self.settings = settings
        self.articles = articles.sorted(by: Briefing.newestFirst)
        self.timeline = timeline
        self.actors = actors
        self.quotes = quotes
        self.statements = statements
        self.ambiguities = ambiguities
        self.mentions = mentions
        self.entries = entries
        self.warnings = warnings
    }

    /// The front page's order: newest first, undated articles last, then by title and slug.
    public static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return (a.title, a.slug) < (b.title, b.slug)
        }
    }

    /// The newest article's day: what "upcoming" is measured against.
    public var newestDate: CalendarDate? {
        articles.compactMap { $0.date?.day }.max()
    }
}
