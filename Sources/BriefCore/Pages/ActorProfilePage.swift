/// An actor's profile (`actors/ID/`): name and kind, roles as stated with their articles, other
/// names, quotations by the actor, statements reported from the actor, quotations that speak of the
/// actor, the actor's own timeline, the articles, and the actors seen with it.
public enum ActorProfilePage {
    /// How many companions a profile lists.
    static let companionLimit = 12

    /// The profile page of `actor`.
    public static func page(_ actor: Actor, briefing: Briefing, index: BriefingIndex) -> Page {
        let route = ActorRoutes.profile(actor.id)
        let quotes = (index.quotesBySpeaker[actor.id] ?? []).map { QuoteEntry.fields($0, from: route, index: index) }
        let statements = (index.statementsBySpeaker[actor.id] ?? []).map { QuoteEntry.fields($0, from: route, index: index) }
        let about = (index.quotesMentioning[actor.id] ?? []).map { QuoteEntry.fields($0, from: route, index: index) }
        let events = index.eventsByActor[actor.id] ?? []
        let timeline = events.map { TimelinePage.entry($0, from: route, index: index, newest: briefing.newestDate) }
        return Page(route: route, template: "actor", title: actor.name, context: [
            "id": .string(actor.id),
            "name": .string(actor.name),
            "kind": .string(kindLabel(actor.kind)),
            "counts": .list([Plural.count(actor.mentions, "mention"), Plural.count(actor.quotes, "quote"),
                             Plural.count(actor.articles.count, "article")].map(TemplateValue.string)),
            "roles": .list(roles(actor, from: route, index: index)),
            "hasRoles": .bool(!actor.roles.isEmpty),
            "aliases": .string(actor.aliases.joined(separator: ", ")),
            "hasAliases": .bool(!actor.aliases.isEmpty),
            "quotes": .list(quotes), "hasQuotes": .bool(!quotes.isEmpty),
            "statements": .list(statements), "hasStatements": .bool(!statements.isEmpty),
            "about": .list(about), "hasAbout": .bool(!about.isEmpty),
            "events": .list(timeline), "hasEvents": .bool(!timeline.isEmpty),
            "activity": .optional(ActivityChart.svg(actor, index: index)),
            "strip": .optional(events.count > 1 ? TimelineStrip.svg(events, newest: briefing.newestDate) : nil),
            "articles": .list(articles(actor, from: route, index: index)),
            "companions": .list(companions(actor, from: route, index: index)),
            "hasCompanions": .bool(!(index.companions[actor.id] ?? []).isEmpty),
            "directory": .string(route.link(to: ActorRoutes.directory)),
        ])
    }

    /// "Person", "Organisation" or "Place".
    static func kindLabel(_ kind: ActorKind) -> String {
        switch kind {
        case .person: return "Person"
        case .organization: return "Organisation"
        case .place: return "Place"
        }
    }

    /// Each role with the article that states it.
    static func roles(_ actor: Actor, from page: Route, index: BriefingIndex) -> [TemplateValue] {
        actor.roles.map { role in
            ["text": .string(RoleDisplay.text(role)), "article": .string(index.articles[role.article]?.title ?? role.article),
             "link": .string(page.link(to: Route(folder: "articles", role.article)))]
        }
    }

    /// The articles naming the actor, in front-page order.
    static func articles(_ actor: Actor, from page: Route, index: BriefingIndex) -> [TemplateValue] {
        actor.articles.compactMap { index.articles[$0] }.sorted(by: Briefing.newestFirst).map { SiteDeriver.summary(of: $0, from: page) }
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
