/// Every quotation of one speaker (`quotes/by/ID/`), or of no resolved speaker
/// (`quotes/unattributed/`), newest articles first, each with its permalink anchor (its id) and a
/// link to the paragraph it comes from; the statements reported from the speaker on pages of their
/// own (`quotes/by/ID/statements/`). Both lists are paged (`page/N/`), a fixed number to a page.
public enum SpeakerQuotesPage {
    /// The most quotations or statements one page lists.
    static let pageSize = 50

    /// The pages of every speaker with quotations or statements, then the unattributed pages.
    public static func pages(_ briefing: Briefing, index: BriefingIndex) -> [Page] {
        speakers(index).flatMap { pages($0, index: index) } + unattributed(index)
    }

    /// The actors with quotations or statements, by id.
    static func speakers(_ index: BriefingIndex) -> [Actor] {
        Set(index.quotesBySpeaker.keys).union(index.statementsBySpeaker.keys).sorted().compactMap { index.actors[$0] }
    }

    /// The number of the page of its list that shows each quotation, by quotation id.
    static func places(_ bySpeaker: [String: IndexedList<ResolvedQuote>], unattributed: IndexedList<ResolvedQuote>) -> [String: Int32] {
        var places: [String: Int32] = [:]
        func place(_ quotes: IndexedList<ResolvedQuote>) {
            let pagination = Pagination(itemCount: quotes.count, pageSize: pageSize, base: ActorRoutes.unattributed)
            for (position, quote) in quotes.enumerated() { places[quote.id] = Int32(pagination.page(ofItem: position)) }
        }
        for quotes in bySpeaker.values { place(quotes) }
        place(unattributed)
        return places
    }

    /// The pages of `actor`'s quotations and statements.
    static func pages(_ actor: Actor, index: BriefingIndex) -> PageList {
        let speaker = Speaker(heading: actor.name, title: "Quotations: \(actor.name)", quotes: ActorRoutes.speakerQuotes(actor.id),
                              statements: ActorRoutes.speakerStatements(actor.id), profile: ActorRoutes.profile(actor.id))
        return make(speaker, quotes: Array(index.quotesBySpeaker[actor.id] ?? []), statements: Array(index.statementsBySpeaker[actor.id] ?? []),
                    index: index)
    }

    /// What the quotation and statement pages of `actor` are made from: the speaker's name, every
    /// quotation and statement with its article's title and date, and each quotation's permalink.
    static func inputs(_ actor: Actor, index: BriefingIndex) -> PageInputs {
        let quotes = index.quotesBySpeaker[actor.id] ?? []
        let statements = index.statementsBySpeaker[actor.id] ?? []
        let quoteList = Pagination(itemCount: quotes.count, pageSize: pageSize, base: ActorRoutes.speakerQuotes(actor.id))
        let statementList = Pagination(itemCount: statements.count, pageSize: pageSize, base: ActorRoutes.speakerStatements(actor.id))
        let routes = quoteList.pageNumbers.map(quoteList.route(ofPage:))
            + (statements.isEmpty ? [] : statementList.pageNumbers.map(statementList.route(ofPage:)))
        return PageInputs(id: "speaker/" + actor.id, routes: routes, values: [
            actor.id, actor.name, ListedItems.quotations(quotes, index: index), ListedItems.statements(statements, index: index),
        ])
    }

    /// The pages of quotations without a resolved speaker and statements by speakers who are not actors.
    static func unattributed(_ index: BriefingIndex) -> PageList {
        let speaker = Speaker(heading: "Speaker not stated", title: "Quotations without a stated speaker", quotes: ActorRoutes.unattributed,
                              statements: ActorRoutes.unattributedStatements, profile: nil)
        return make(speaker, quotes: Array(index.unattributedQuotes), statements: Array(index.unattributedStatements), index: index)
    }

    /// The two lists a speaker's pages hold.
    enum List {
        case quotations, statements

        /// "quotation" or "statement".
        var noun: String { self == .quotations ? "quotation" : "statement" }
    }

    /// Whose pages these are and where they live.
    struct Speaker {
        let heading: String
        let title: String
        let quotes: Route
        let statements: Route
        let profile: Route?
    }

    /// The quotation pages (at least one), then the statement pages when there are statements, each made when read.
    private static func make(_ speaker: Speaker, quotes: [ResolvedQuote], statements: [ResolvedStatement],
                             index: BriefingIndex) -> PageList {
        let quoteList = Pagination(itemCount: quotes.count, pageSize: pageSize, base: speaker.quotes)
        let statementList = Pagination(itemCount: statements.count, pageSize: pageSize, base: speaker.statements)
        let quotePages = PageList(ListPage.pages(of: quotes, quoteList)) { list in
            page(list, speaker: speaker, statementCount: statements.count, list: .quotations) { route in
                ["quotes": .list(list.items.map { QuoteEntry.fields($0, from: route, index: index) }), "hasQuotes": .bool(!list.items.isEmpty)]
            }
        }
        let statementPages = statements.isEmpty ? .empty : PageList(ListPage.pages(of: statements, statementList)) { list in
            page(list, speaker: speaker, statementCount: statements.count, list: .statements) { route in
                ["statements": .list(list.items.map { QuoteEntry.fields($0, from: route, index: index) }), "hasStatements": .bool(true),
                 "isStatements": .bool(true)]
            }
        }
        return quotePages + statementPages
    }

    /// One page of `speaker`'s quotations or statements, with `items` giving the list's fields.
    private static func page<Item>(_ list: ListPage<Item>, speaker: Speaker, statementCount: Int, list kind: List,
                                   items: (Route) -> [String: TemplateValue]) -> Page {
        let route = list.route
        var fields = list.fields
        fields.merge([
            "heading": .string(speaker.heading),
            "profile": .optional(speaker.profile.map { route.link(to: $0) }),
            "overview": .string(route.link(to: ActorRoutes.quotes)),
            "quotesLink": .string(route.link(to: speaker.quotes)),
            "statementsLink": .optional(statementCount > 0 ? route.link(to: speaker.statements) : nil),
            "count": .string(Plural.count(list.pagination.itemCount, kind.noun)),
            "statementCount": .string(Plural.count(statementCount, "statement")),
            "hasQuotes": .bool(false), "hasStatements": .bool(false), "isStatements": .bool(false),
        ]) { $1 }
        fields.merge(items(route)) { $1 }
        let title = kind == .quotations ? speaker.title : "Statements: \(speaker.heading)"
        return Page(route: route, template: "speaker-quotes", title: list.title(title), context: .object(fields))
    }
}
