/// The actor directory (`actors/`): people, organisations and places, each kind with its most
/// mentioned actors — stated role, counts of quotations, mentions and articles — and a link to the
/// full list of the kind, A to Z (``ActorListPage``); then the short names left ambiguous.
public enum ActorDirectoryPage {
    /// One kind of actor as the directory shows it.
    struct Section {
        let kind: ActorKind
        let heading: String
        /// The section's anchor, and the folder of its full list under `actors/all/`.
        let anchor: String
    }

    /// The kinds in the order the directory shows them, with their headings.
    static let sections = [
        Section(kind: .person, heading: "People", anchor: "people"),
        Section(kind: .organization, heading: "Organisations", anchor: "organisations"),
        Section(kind: .place, heading: "Places", anchor: "places"),
    ]
    /// How many actors of each kind the directory lists: the most mentioned.
    static let topLimit = 50
    /// How many names left ambiguous the directory lists, and how many articles for each.
    static let ambiguityLimit = 50
    static let ambiguityArticleLimit = 5

    /// The page for `briefing`.
    public static func page(_ briefing: Briefing, index: BriefingIndex) -> Page {
        let route = ActorRoutes.directory
        let groups: [TemplateValue] = sections.compactMap { section in
            let actors = briefing.actors.filter { $0.kind == section.kind }
            guard !actors.isEmpty else { return nil }
            let top = actors.sorted(by: mostMentioned).prefix(topLimit)
            var fields: [String: TemplateValue] = [
                "heading": .string(section.heading), "anchor": .string(section.anchor), "count": .int(actors.count),
                "actors": .list(top.map { entry($0, role: briefing.entries[$0.id]?.role, from: route) }),
                "all": .string(route.link(to: ActorRoutes.directoryList(section.anchor))),
            ]
            fields.merge(ListLimit(actors.count, limit: topLimit).fields("actors", noun: "actor")) { $1 }
            return .object(fields)
        }
        let ambiguities = briefing.ambiguities.prefix(ambiguityLimit).map { ambiguity($0, from: route, index: index) }
        var fields: [String: TemplateValue] = [
            "network": ActorNetwork.picture(briefing, index: index, from: route).map(network) ?? .bool(false),
            "sections": .list(groups),
            "hasActors": .bool(!briefing.actors.isEmpty),
            "actorCount": .int(briefing.actors.count),
            "ambiguities": .list(ambiguities),
            "hasAmbiguities": .bool(!ambiguities.isEmpty),
        ]
        fields.merge(ListLimit(briefing.ambiguities.count, limit: ambiguityLimit).fields("ambiguities", noun: "name")) { $1 }
        return Page(route: route, template: "actors", title: "Actors", context: .object(fields))
    }

    /// Most mentions first, then by id.
    static func mostMentioned(_ a: Actor, _ b: Actor) -> Bool {
        (a.mentions, b.id) > (b.mentions, a.id)
    }

    /// A short name left ambiguous, with its candidates and the first articles that use it.
    static func ambiguity(_ ambiguity: NameAmbiguity, from route: Route, index: BriefingIndex) -> TemplateValue {
        var fields: [String: TemplateValue] = [
            "name": .string(ambiguity.name), "candidates": .string(ambiguity.candidates.joined(separator: ", ")),
            "articles": .list(ambiguity.articles.prefix(ambiguityArticleLimit).map { slug in
                ["link": .string(route.link(to: Route(folder: "articles", slug))), "title": .string(index.titles[slug] ?? slug)]
            }),
        ]
        fields.merge(ListLimit(ambiguity.articles.count, limit: ambiguityArticleLimit).fields("articles", noun: "article")) { $1 }
        return .object(fields)
    }

    /// The network picture's fields: `svg`, its `pairs` as text, and a `note` on how many actors it shows.
    static func network(_ picture: ActorNetwork.Picture) -> TemplateValue {
        [
            "svg": .string(picture.svg),
            "pairs": .list(picture.pairs.map(TemplateValue.string)),
            "hasPairs": .bool(!picture.pairs.isEmpty),
            "note": .string(picture.shown == picture.total ? "All \(picture.total) actors"
                : "The \(picture.shown) most mentioned of \(picture.total) actors"),
        ]
    }

    /// One actor's line in the directory.
    static func entry(_ actor: Actor, role editorial: String? = nil, from page: Route) -> TemplateValue {
        [
            "name": .string(actor.name),
            "link": .string(page.link(to: ActorRoutes.profile(actor.id))),
            "role": .optional(editorial ?? RoleDisplay.main(actor.roles).map(RoleDisplay.label)),
            "couldBe": .optional(couldBe(actor)),
            "counts": .string(counts(actor)),
        ]
    }

    /// "could be Barack Obama or Michelle Obama" for a short name left ambiguous, else nil.
    static func couldBe(_ actor: Actor) -> String? {
        guard !actor.couldBe.isEmpty else { return nil }
        let names = actor.couldBe
        let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
        return "could be \(list)"
    }

    /// "2 quotes · 5 mentions · 1 article".
    static func counts(_ actor: Actor) -> String {
        [Plural.count(actor.quotes, "quote"), Plural.count(actor.mentions, "mention"), Plural.count(actor.articles.count, "article")]
            .joined(separator: " · ")
    }
}
