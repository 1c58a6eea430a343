/// The full list of one kind of actor (`actors/all/people/`, `…/organisations/`, `…/places/`),
/// A to Z, each with its role and counts as in the directory, paged (`page/N/`).
public enum ActorListPage {
    /// The most actors one page lists.
    static let pageSize = 100

    /// Every page of every kind that has actors, in the directory's order of kinds.
    public static func pages(_ briefing: Briefing) -> [Page] {
        ActorDirectoryPage.sections.flatMap { section -> [Page] in
            let actors = briefing.actors.filter { $0.kind == section.kind }.sorted(by: byName)
            guard !actors.isEmpty else { return [] }
            let pagination = Pagination(itemCount: actors.count, pageSize: pageSize, base: ActorRoutes.directoryList(section.anchor))
            return ListPage.pages(of: actors, pagination).map { page($0, section: section, briefing: briefing) }
        }
    }

    /// By name, ignoring case, then by id.
    static func byName(_ a: Actor, _ b: Actor) -> Bool {
        (a.name.lowercased(), a.id) < (b.name.lowercased(), b.id)
    }

    /// Page `list` of `section`'s actors.
    static func page(_ list: ListPage<Actor>, section: ActorDirectoryPage.Section, briefing: Briefing) -> Page {
        let route = list.route
        let first = list.items.first?.name ?? "", last = list.items.last?.name ?? ""
        var fields = list.fields
        fields.merge([
            "heading": .string(section.heading),
            "lede": .string("\(Plural.count(list.pagination.itemCount, "actor")) of this kind, A to Z" + (list.pagination.isPaged ? ", \(first) to \(last) here" : "")),
            "up": .list([["label": .string("All actors"), "link": .string(route.link(to: ActorRoutes.directory, fragment: section.anchor))]]),
            "actors": .list(list.items.map { ActorDirectoryPage.entry($0, role: briefing.entries[$0.id]?.role, from: route) }),
            "hasActors": .bool(!list.items.isEmpty),
        ]) { $1 }
        return Page(route: route, template: "list", title: list.title("All \(section.heading.lowercased())"), context: .object(fields))
    }
}
