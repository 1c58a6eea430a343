/// Where the actor and quote pages live: `actors/`, the full lists of each kind of actor
/// (`actors/all/people/`), `actors/ID/` and the profile's full lists (`actors/ID/about/`,
/// `actors/ID/articles/`, `actors/ID/timeline/`), `quotes/`, every speaker A–Z at `quotes/speakers/`,
/// each speaker's quotations at `quotes/by/ID/` and statements at `quotes/by/ID/statements/`, the
/// unattributed ones at `quotes/unattributed/`. Lists of more than a page continue at `page/N/`.
public enum ActorRoutes {
    /// The actor directory.
    public static let directory = Route(folder: "actors")
    /// The quotes page.
    public static let quotes = Route(folder: "quotes")
    /// Every speaker with quotations or statements, by name.
    public static let speakers = Route(folder: "quotes", "speakers")

    /// The profile page of actor `id` (ids are slugs, so they stay inside `actors/`).
    public static func profile(_ id: String) -> Route {
        Route(folder: "actors", id)
    }

    /// Every actor of one kind, by name, under `actors/all/` (two levels down, where no profile is).
    public static func directoryList(_ folder: String) -> Route {
        Route(folder: "actors", "all", folder)
    }

    /// One of the full lists a profile links to, in a folder below the profile.
    public static func profileList(_ id: String, _ list: ProfileList) -> Route {
        Route(folder: "actors", id, list.rawValue)
    }

    /// The full lists behind a profile's latest entries.
    public enum ProfileList: String, Sendable, CaseIterable {
        /// Quotations that speak of the actor.
        case about
        /// The articles that name the actor.
        case articles
        /// The events that name the actor.
        case timeline
    }

    /// Every quotation of the speaker `id`.
    public static func speakerQuotes(_ id: String) -> Route {
        Route(folder: "quotes", "by", id)
    }

    /// Every statement reported from the speaker `id`.
    public static func speakerStatements(_ id: String) -> Route {
        Route(folder: "quotes", "by", id, "statements")
    }

    /// The quotations whose speaker is not a resolved actor.
    public static let unattributed = Route(folder: "quotes", "unattributed")
    /// The statements whose speaker is not a resolved actor.
    public static let unattributedStatements = Route(folder: "quotes", "unattributed", "statements")

    /// The permalink of a quotation (on the page of its speaker's quotations that lists it) from `page`.
    static func permalink(_ quote: ResolvedQuote, from page: Route, index: BriefingIndex) -> String {
        let list = quote.speakerId.map(speakerQuotes) ?? unattributed
        return page.link(to: index.quotePlaces[quote.id].map { list.page(Int($0)) } ?? list, fragment: quote.id)
    }

    /// The link from `page` to the paragraph `paragraph` of article `slug`.
    static func paragraph(_ slug: String, _ paragraph: Int, from page: Route) -> String {
        page.link(to: Route(folder: "articles", slug), fragment: "p\(paragraph)")
    }
}
