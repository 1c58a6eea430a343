/// Where the actor and quote pages live: `actors/`, `actors/ID/`, `quotes/`, each speaker's
/// quotations at `quotes/by/ID/` and the unattributed ones at `quotes/unattributed/`.
public enum ActorRoutes {
    /// The actor directory.
    public static let directory = Route(folder: "actors")
    /// The quotes page.
    public static let quotes = Route(folder: "quotes")

    /// The profile page of actor `id` (ids are slugs, so they stay inside `actors/`).
    public static func profile(_ id: String) -> Route {
        Route(folder: "actors", id)
    }

    /// Every quotation of the speaker `id`.
    public static func speakerQuotes(_ id: String) -> Route {
        Route(folder: "quotes", "by", id)
    }

    /// The quotations and statements whose speaker is not a resolved actor.
    public static let unattributed = Route(folder: "quotes", "unattributed")

    /// The permalink of a quotation (on its speaker's quotations page) from `page`.
    static func permalink(_ quote: ResolvedQuote, from page: Route) -> String {
        page.link(to: quote.speakerId.map(speakerQuotes) ?? unattributed, fragment: quote.id)
    }

    /// The link from `page` to the paragraph `paragraph` of article `slug`.
    static func paragraph(_ slug: String, _ paragraph: Int, from page: Route) -> String {
        page.link(to: Route(folder: "articles", slug), fragment: "p\(paragraph)")
    }
}
