/// Every search entry of a briefing, each made when it is read instead of all held: the articles in
/// the briefing's order, then the actors, then the quotations. The index and its fragments read the
/// entries more than once; making an entry again costs less than holding a hundred thousand of them.
public struct SearchEntryList: RandomAccessCollection, Sendable {
    private let briefing: Briefing
    private let titles: [String: String]

    /// The entries of `briefing`.
    public init(_ briefing: Briefing) {
        self.briefing = briefing
        titles = Dictionary(briefing.articles.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int { briefing.articles.count + briefing.actors.count + briefing.quotes.count }

    /// The entry at `position`, made now.
    public subscript(position: Int) -> SearchEntry {
        let articles = briefing.articles.count, actors = briefing.actors.count
        if position < articles { return SearchIndex.article(briefing.articles[position]) }
        if position < articles + actors { return SearchIndex.actor(briefing.actors[position - articles]) }
        return SearchIndex.quote(briefing.quotes[position - articles - actors], titles: titles)
    }
}
