/// An actor's profile (`actors/ID/`): name and kind, roles as stated with their articles, other
/// names, the latest quotations by the actor (all of them on `quotes/by/ID/`), statements reported
/// from the actor (all on `quotes/by/ID/statements/`), quotations that speak of the actor, the
/// actor's own timeline, the latest articles, and the actors seen with it. Long lists are cut to
/// their newest entries with a count and a link to the full list, paged (``ProfileListPage``).
public enum ActorProfilePage {
    /// How many companions a profile lists.
    static let companionLimit = 12
    /// How many entries each list of quotations, statements and articles shows.
    static let listLimit = 25
    /// How many events the profile's timeline shows (the latest).
    static let eventLimit = 25
    /// How many of the latest events the profile's strip draws.
    static let stripLimit = 100
    /// How many distinct roles a profile lists (in the order the articles first state them).
    static let roleLimit = 30
    /// How many articles a role names.
    static let roleArticleLimit = 3

    /// The profile page of `actor`.
    public static func page(_ actor: Actor, briefing: Briefing, index: BriefingIndex) -> Page {
        let route = ActorRoutes.profile(actor.id)
        let quotes = index.quotesBySpeaker[actor.id] ?? []
        let statements = index.statementsBySpeaker[actor.id] ?? []
        let about = index.quotesMentioning[actor.id] ?? []
        let events = index.eventsByActor[actor.id] ?? []
        let articles = Self.articles(actor, index: index)
        let newest = index.datedSpan?.upperBound  // briefing.newestDate, without reading every article again
        var fields: [String: TemplateValue] = [
            "id": .string(actor.id),
            "name": .string(actor.name),
            "kind": .string(kindLabel(actor.kind)),
            "couldBe": .optional(ActorDirectoryPage.couldBe(actor)),
            "counts": .list([Plural.count(actor.mentions, "mention"), Plural.count(actor.quotes, "quote"),
                             Plural.count(actor.articles.count, "article")].map(TemplateValue.string)),
            "roles": .list(roles(actor, from: route, index: index)),
            "hasRoles": .bool(!actor.roles.isEmpty),
            "aliases": .string(actor.aliases.joined(separator: ", ")),
            "hasAliases": .bool(!actor.aliases.isEmpty),
            "quotes": .list(quotes.prefix(listLimit).map { QuoteEntry.fields($0, from: route, index: index) }),
            "hasQuotes": .bool(!quotes.isEmpty),
            "allQuotes": .string(route.link(to: ActorRoutes.speakerQuotes(actor.id))),
            "allStatements": .string(route.link(to: ActorRoutes.speakerStatements(actor.id))),
            "allAbout": .string(route.link(to: ActorRoutes.profileList(actor.id, .about))),
            "allArticles": .string(route.link(to: ActorRoutes.profileList(actor.id, .articles))),
            "allEvents": .string(route.link(to: ActorRoutes.profileList(actor.id, .timeline))),
            "statements": .list(statements.prefix(listLimit).map { QuoteEntry.fields($0, from: route, index: index) }),
            "hasStatements": .bool(!statements.isEmpty),
            "about": .list(about.prefix(listLimit).map { QuoteEntry.fields($0, from: route, index: index) }),
            "hasAbout": .bool(!about.isEmpty),
            "events": .list(events.suffix(eventLimit).map { TimelinePage.entry($0, from: route, index: index, newest: newest) }),
            "hasEvents": .bool(!events.isEmpty),
            "activity": .optional(ActivityChart.svg(actor, index: index)),
            "strip": .optional(events.count > 1 ? TimelineStrip.svg(Array(events.suffix(stripLimit)), newest: newest) : nil),
            "articles": .list(articles.prefix(listLimit).map { SiteDeriver.summary(of: $0, from: route) }),
            "companions": .list(companions(actor, from: route, index: index)),
            "hasCompanions": .bool(!(index.companions[actor.id] ?? []).isEmpty),
            "directory": .string(route.link(to: ActorRoutes.directory)),
        ]
        fields.merge(editorial(briefing.entries[actor.id])) { $1 }
        fields.merge(EditorNoteEntry.fields(briefing.editorNotes.byActor[actor.id])) { $1 }
        fields.merge(ListLimit(quotes.count, limit: listLimit).fields("quotes", noun: "quotation")) { $1 }
        fields.merge(ListLimit(statements.count, limit: listLimit).fields("statements", noun: "statement")) { $1 }
        fields.merge(ListLimit(about.count, limit: listLimit).fields("about", noun: "quotation")) { $1 }
        fields.merge(ListLimit(events.count, limit: eventLimit).fields("events", noun: "earlier event")) { $1 }
        fields.merge(ListLimit(rolesCount(actor), limit: roleLimit).fields("roles", noun: "other role")) { $1 }
        fields.merge(ListLimit(articles.count, limit: listLimit).fields("articles", noun: "article")) { $1 }
        return Page(route: route, template: "actor", title: actor.name, context: .object(fields))
    }

    /// What the profile of `actor` is made from, named without deriving it: the actor, the lists it
    /// shows (the first of each, their sources' titles and dates, the quotations' permalinks) and their
    /// lengths, the latest events with what each shows, the dates its activity chart spans, its roles'
    /// articles, its companions, the editors' entry and notes.
    public static func inputs(_ actor: Actor, briefing: Briefing, index: BriefingIndex) -> PageInputs {
        let route = ActorRoutes.profile(actor.id)
        let quotes = index.quotesBySpeaker[actor.id] ?? [], about = index.quotesMentioning[actor.id] ?? []
        let statements = index.statementsBySpeaker[actor.id] ?? []
        let events = index.eventsByActor[actor.id] ?? []
        let articles = Self.articles(actor, index: index)
        let day = { (slug: String) in index.articles[slug]?.date?.day.description }
        let activity = (index.mentionCounts[actor.id] ?? [:]).sorted { $0.key < $1.key }.map { [$0.key, String($0.value), day($0.key)] }
        let shownArticles = articles.prefix(listLimit).map { article in
            [article.title, article.slug, article.date?.description, article.metadata.source, article.byline,
             article.paragraphs.first(where: { !$0.text.isEmpty })?.text]
        }
        let companions = index.companions[actor.id] ?? []
        return PageInputs(id: "profile/" + actor.id, routes: [route], values: [
            actor, [quotes.count, about.count, statements.count, events.count, articles.count, companions.count],
            ListedItems.quotations(quotes.firstItems(listLimit), index: index), ListedItems.quotations(about.firstItems(listLimit), index: index),
            ListedItems.statements(statements.firstItems(listLimit), index: index),
            ListedItems.events(events.lastItems(max(stripLimit, eventLimit)), index: index),
            [index.datedSpan?.lowerBound.description, index.datedSpan?.upperBound.description], activity,
            shownArticles, Set(actor.roles.map(\.article)).sorted().map { [$0, index.titles[$0], day($0)] },
            companions.prefix(companionLimit).map { [$0.id, String($0.articles), index.actors[$0.id]?.name] },
            briefing.entries[actor.id].map { String(reflecting: $0) }, briefing.editorNotes.byActor[actor.id] ?? [],
        ])
    }

    /// The articles that name `actor`, newest first.
    static func articles(_ actor: Actor, index: BriefingIndex) -> [Article] {
        // Positions sorted, not the articles: moving whole articles about cost more than comparing them.
        // The position breaks ties, as a stable sort of the articles would.
        let found = actor.articles.compactMap { index.articles[$0] }
        return found.indices.sorted { lhs, rhs in
            Briefing.newestFirst(found[lhs], found[rhs]) || (!Briefing.newestFirst(found[rhs], found[lhs]) && lhs < rhs)
        }.map { found[$0] }
    }

    /// How many distinct roles (however capitalised) the articles state for `actor`.
    static func rolesCount(_ actor: Actor) -> Int {
        Set(actor.roles.map(RoleDisplay.key)).count
    }

    /// What the editors' entry adds: the current roles (beside the country, before anything the
    /// articles state) and the past ones with their years, a picture, biography (safe-mode HTML) and links.
    static func editorial(_ entry: ActorEntry?) -> [String: TemplateValue] {
        let roles = entry?.roles ?? []
        let current = roles.filter(\.isCurrent).map(\.title).joined(separator: "; ")
        let past = roles.filter { !$0.isCurrent }
        return [
            "editorialRole": .optional(current.isEmpty ? nil : current),
            "editorialSince": .optional(roles.first(where: \.isCurrent)?.years),
            "pastRoles": .list(past.map { ["title": .string($0.title), "years": .optional($0.years)] }),
            "hasPastRoles": .bool(!past.isEmpty),
            "image": entry?.image.map { image in
                TemplateValue.object(["src": .string("image." + image.fileExtension), "alt": .string(image.alt)])
            } ?? .bool(false),
            "country": .optional(entry?.country),
            "hasEditorial": .bool(!current.isEmpty || entry?.country != nil),
            "bio": .optional(entry?.bio),
            "links": .list((entry?.links ?? []).map { ["url": .string($0)] }),
            "hasLinks": .bool(!(entry?.links ?? []).isEmpty),
        ]
    }

    /// "Person", "Organisation" or "Place".
    static func kindLabel(_ kind: ActorKind) -> String {
        switch kind {
        case .person: return "Person"
        case .organization: return "Organisation"
        case .place: return "Place"
        }
    }

    /// Each distinct role, as it reads, with the months of the articles that state it, the first
    /// articles and how many more do; the role lists show is marked `main`.
    static func roles(_ actor: Actor, from page: Route, index: BriefingIndex) -> [TemplateValue] {
        let main = RoleDisplay.main(actor.roles).map(RoleDisplay.key)
        // One line per role however it is capitalised ("former President", "Former President").
        var order: [String] = []
        var spelling: [String: String] = [:]
        var articles: [String: [String]] = [:]
        for role in actor.roles {
            let key = RoleDisplay.key(role)
            if articles[key] == nil { order.append(key); spelling[key] = RoleDisplay.text(role) }
            if articles[key]?.last != role.article { articles[key, default: []].append(role.article) }
        }
        return shownRoles(order, main: main).map { key in
            let text = spelling[key] ?? key
            let slugs = articles[key] ?? []
            let limit = ListLimit(slugs.count, limit: roleArticleLimit)
            let days = slugs.compactMap { index.articles[$0]?.date?.day }
            var fields: [String: TemplateValue] = [
                "text": .string(text),
                "main": .bool(key == main && order.count > 1),
                "period": .optional(days.min().map { DateDisplay.months($0, days.max()!) }),
                "articles": .list(slugs.prefix(roleArticleLimit).map { slug in
                    ["title": .string(index.titles[slug] ?? slug), "link": .string(page.link(to: Route(folder: "articles", slug)))]
                }),
            ]
            fields.merge(limit.fields("articles", noun: "article")) { $1 }
            return .object(fields)
        }
    }

    /// The first `roleLimit` of the role keys `order`, with the `main` one always among them.
    static func shownRoles(_ order: [String], main: String?) -> [String] {
        guard order.count > roleLimit, let main, !order.prefix(roleLimit).contains(main) else { return Array(order.prefix(roleLimit)) }
        return Array(order.prefix(roleLimit - 1)) + [main]
    }

    /// The actors seen with this one, most shared articles first.
    static func companions(_ actor: Actor, from page: Route, index: BriefingIndex) -> [TemplateValue] {
        (index.companions[actor.id] ?? []).prefix(companionLimit).compactMap { companion in
            index.actors[companion.id].map { other in
                ["name": .string(other.name), "link": .string(page.link(to: ActorRoutes.profile(other.id))),
                 "articles": .int(companion.articles)]
            }
        }
    }
}
