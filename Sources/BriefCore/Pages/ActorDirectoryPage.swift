/// The actor directory (`actors/`): people, organisations and places, each with its stated role and
/// its counts of quotations, mentions and articles; and the short names left ambiguous.
public enum ActorDirectoryPage {
    /// The kinds in the order the directory shows them, with their headings.
    static let sections: [(kind: ActorKind, heading: String, anchor: String)] = [
        (.person, "People", "people"), (.organization, "Organisations", "organisations"), (.place, "Places", "places"),
    ]

    /// The page for `briefing`.
    public static func page(_ briefing: Briefing, index: BriefingIndex) -> Page {
        let route = ActorRoutes.directory
        let groups: [TemplateValue] = sections.compactMap { section in
            let actors = briefing.actors.filter { $0.kind == section.kind }
                .sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
            guard !actors.isEmpty else { return nil }
            return ["heading": .string(section.heading), "anchor": .string(section.anchor), "count": .int(actors.count),
                    "actors": .list(actors.map { entry($0, role: briefing.entries[$0.id]?.role, from: route) })]
        }
        let ambiguities: [TemplateValue] = briefing.ambiguities.map { ambiguity in
            ["name": .string(ambiguity.name), "candidates": .string(ambiguity.candidates.joined(separator: ", ")),
             "articles": .list(ambiguity.articles.map { slug in
                 ["link": .string(route.link(to: Route(folder: "articles", slug))), "title": .string(index.titles[slug] ?? slug)]
             })]
        }
        return Page(route: route, template: "actors", title: "Actors", context: [
            "network": ActorNetwork.picture(briefing, index: index, from: route).map(network) ?? .bool(false),
            "sections": .list(groups),
            "hasActors": .bool(!briefing.actors.isEmpty),
            "actorCount": .int(briefing.actors.count),
            "ambiguities": .list(ambiguities),
            "hasAmbiguities": .bool(!ambiguities.isEmpty),
        ])
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
            "role": .optional(editorial ?? RoleDisplay.main(actor.roles).map(RoleDisplay.text)),
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
