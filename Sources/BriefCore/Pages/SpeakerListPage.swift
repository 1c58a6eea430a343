/// Every speaker with quotations or reported statements (`quotes/speakers/`), A to Z, with their
/// counts and links to their quotations and profile, paged (`page/N/`).
public enum SpeakerListPage {
    /// The route of the first page.
    public static let route = ActorRoutes.speakers
    /// The most speakers one page lists.
    static let pageSize = 100

    /// Every page of the list.
    public static func pages(_ briefing: Briefing, index: BriefingIndex) -> [Page] {
        let speakers = speakers(index)
        let pagination = Pagination(itemCount: speakers.count, pageSize: pageSize, base: route)
        return ListPage.pages(of: speakers, pagination).map { page($0, index: index) }
    }

    /// The actors with quotations or statements, by name.
    static func speakers(_ index: BriefingIndex) -> [Actor] {
        Set(index.quotesBySpeaker.keys).union(index.statementsBySpeaker.keys).compactMap { index.actors[$0] }
            .sorted(by: ActorListPage.byName)
    }

    /// Page `list` of the speakers.
    static func page(_ list: ListPage<Actor>, index: BriefingIndex) -> Page {
        let route = list.route
        var fields = list.fields
        fields.merge([
            "heading": .string("Every speaker"),
            "lede": .string("\(Plural.count(list.pagination.itemCount, "speaker")) with quotations or reported statements, A to Z"),
            "up": .list([["label": .string("All quotes"), "link": .string(route.link(to: ActorRoutes.quotes))]]),
            "speakers": .list(list.items.map { speaker in
                let quotes = index.quotesBySpeaker[speaker.id]?.count ?? 0, statements = index.statementsBySpeaker[speaker.id]?.count ?? 0
                return ["name": .string(speaker.name), "link": .string(route.link(to: ActorRoutes.speakerQuotes(speaker.id))),
                        "profile": .string(route.link(to: ActorRoutes.profile(speaker.id))),
                        "counts": .string("\(Plural.count(quotes, "quotation")) · \(Plural.count(statements, "statement"))")]
            }),
            "hasSpeakers": .bool(!list.items.isEmpty),
        ]) { $1 }
        return Page(route: route, template: "list", title: list.title("Every speaker"), context: .object(fields))
    }
}
