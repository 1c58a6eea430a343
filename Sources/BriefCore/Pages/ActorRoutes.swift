/// Where the actor and quote pages live: `actors/`, `actors/ID/` and `quotes/`.
public enum ActorRoutes {
    /// The actor directory.
    public static let directory = Route(folder: "actors")
    /// The quotes page.
    public static let quotes = Route(folder: "quotes")

    /// The profile page of actor `id` (ids are slugs, so they stay inside `actors/`).
    public static func profile(_ id: String) -> Route {
        Route(folder: "actors", id)
    }

    /// The link from `page` to the paragraph `paragraph` of article `slug`.
    static func paragraph(_ slug: String, _ paragraph: Int, from page: Route) -> String {
        page.link(to: Route(folder: "articles", slug), fragment: "p\(paragraph)")
    }
}
