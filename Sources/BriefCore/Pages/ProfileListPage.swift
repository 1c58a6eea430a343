/// The full lists behind a profile's latest entries, newest first and paged (`page/N/`): the
/// quotations that speak of the actor (`actors/ID/about/`), the articles that name it
/// (`actors/ID/articles/`) and its events (`actors/ID/timeline/`). A list the profile shows whole
/// has no page of its own.
public enum ProfileListPage {
    /// The most entries one page lists.
    static let pageSize = 50

    /// The list pages of `actor`, for the lists longer than its profile shows, each made when read.
    public static func pages(_ actor: Actor, index: BriefingIndex) -> PageList {
        let about = Array(index.quotesMentioning[actor.id] ?? [])
        let articles = ActorProfilePage.articles(actor, index: index)
        let events = Array((index.eventsByActor[actor.id] ?? []).reversed())
        var pages = PageList.empty
        if about.count > ActorProfilePage.listLimit {
            pages = pages + make(actor, .about, about) { route, quote in QuoteEntry.fields(quote, from: route, index: index) }
        }
        if articles.count > ActorProfilePage.listLimit {
            pages = pages + make(actor, .articles, articles) { route, article in SiteDeriver.summary(of: article, from: route) }
        }
        if events.count > ActorProfilePage.eventLimit {
            let newest = index.datedSpan?.upperBound
            pages = pages + make(actor, .timeline, events) { route, event in TimelinePage.entry(event, from: route, index: index, newest: newest) }
        }
        return pages
    }

    /// What the full lists of `actor` are made from: the quotations about the actor with their
    /// articles and permalinks, the articles naming the actor as their summaries show them, and the
    /// actor's events with their sources, actors and places; the newest date.
    static func inputs(_ actor: Actor, index: BriefingIndex) -> PageInputs {
        let about = index.quotesMentioning[actor.id] ?? []
        let articles = ActorProfilePage.articles(actor, index: index)
        let events = (index.eventsByActor[actor.id] ?? []).reversedItems()
        var routes: [Route] = []
        var values: [any Encodable & Sendable] = [actor.id, actor.name]
        if about.count > ActorProfilePage.listLimit {
            let pagination = pagination(actor, .about, count: about.count)
            routes += pagination.pageNumbers.map(pagination.route(ofPage:))
            values.append(ListedItems.quotations(about, index: index))
        }
        if articles.count > ActorProfilePage.listLimit {
            let pagination = pagination(actor, .articles, count: articles.count)
            routes += pagination.pageNumbers.map(pagination.route(ofPage:))
            values.append(articles.map { article in
                [article.title, article.slug, article.date?.description, article.metadata.source, article.byline,
                 article.paragraphs.first(where: { !$0.text.isEmpty })?.text]
            })
        }
        if events.count > ActorProfilePage.eventLimit {
            let pagination = pagination(actor, .timeline, count: events.count)
            routes += pagination.pageNumbers.map(pagination.route(ofPage:))
            values += [ListedItems.events(events, index: index), index.datedSpan?.upperBound.description]
        }
        return PageInputs(id: "lists/" + actor.id, routes: routes, values: values)
    }

    /// How `actor`'s `list` of `count` entries is paged.
    static func pagination(_ actor: Actor, _ list: ActorRoutes.ProfileList, count: Int) -> Pagination {
        Pagination(itemCount: count, pageSize: pageSize, base: ActorRoutes.profileList(actor.id, list))
    }

    /// The pages of one of `actor`'s lists, each entry drawn by `entry` from the page's route.
    private static func make<Item: Sendable>(_ actor: Actor, _ kind: ActorRoutes.ProfileList, _ items: [Item],
                                             entry: @escaping @Sendable (Route, Item) -> TemplateValue) -> PageList {
        PageList(ListPage.pages(of: items, pagination(actor, kind, count: items.count))) { list in
            let route = list.route
            var fields = list.fields
            fields.merge([
                "heading": .string(heading(kind, actor)),
                "lede": .string(Plural.count(items.count, noun(kind)) + ", newest first"),
                "up": .list([["label": .string(actor.name), "link": .string(route.link(to: ActorRoutes.profile(actor.id)))]]),
                key(kind): .list(list.items.map { entry(route, $0) }),
                flag(kind): .bool(!list.items.isEmpty),
            ]) { $1 }
            return Page(route: route, template: "list", title: list.title(heading(kind, actor)), context: .object(fields))
        }
    }

    /// The list's heading.
    static func heading(_ kind: ActorRoutes.ProfileList, _ actor: Actor) -> String {
        switch kind {
        case .about: "Quoted about \(actor.name)"
        case .articles: "Articles naming \(actor.name)"
        case .timeline: "Timeline of \(actor.name)"
        }
    }

    /// What the list counts.
    static func noun(_ kind: ActorRoutes.ProfileList) -> String {
        switch kind {
        case .about: "quotation"
        case .articles: "article"
        case .timeline: "event"
        }
    }

    /// The `list` template's field for the entries: `quotes`, `articles` or `events`.
    static func key(_ kind: ActorRoutes.ProfileList) -> String {
        switch kind {
        case .about: "quotes"
        case .articles: "articles"
        case .timeline: "events"
        }
    }

    /// The `list` template's flag for the entries: `hasQuotes`, `hasArticles` or `hasEvents`.
    static func flag(_ kind: ActorRoutes.ProfileList) -> String {
        switch kind {
        case .about: "hasQuotes"
        case .articles: "hasArticles"
        case .timeline: "hasEvents"
        }
    }
}
