/// The site search's index: `search.json` for tools, and `search-index.js`, the same data set as a
/// global (`window.briefSearchIndex`) so pages opened from `file://` (where `fetch` of local files is
/// blocked) can load it with a script tag. One list per kind of result; links are relative to the
/// site root and name `index.html`, and `assets/search.js` prefixes them with each page's root.
public enum SearchIndex {
    /// The longest excerpt, in characters, before it is cut at a word boundary.
    static let excerptLength = 180

    /// `{"articles": [{"title", "link", "date", "excerpt"}], "actors": [{"name", "kind", "roles", "aliases",
    /// "link"}], "quotes": [{"text", "speaker", "article", "link"}]}`; every entry has a `link`.
    public static func json(_ briefing: Briefing) -> JSONValue {
        let titles = Dictionary(briefing.articles.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        return .object([
            ("articles", .array(briefing.articles.map(article))),
            ("actors", .array(briefing.actors.map(actor))),
            ("quotes", .array(briefing.quotes.map { quote($0, titles: titles) })),
        ])
    }

    /// `search-index.js`: one statement setting the global the search script reads.
    public static func script(_ briefing: Briefing) -> String {
        "window.briefSearchIndex = " + json(briefing).rendered(pretty: false) + ";\n"
    }

    static func article(_ article: Article) -> JSONValue {
        .object([
            ("title", .string(article.title)),
            ("link", .string(SiteDeriver.route(of: article).outputPath)),
            ("date", .optional(article.date.map { DateDisplay.long($0.day) })),
            ("excerpt", .string(excerpt(article.paragraphs.first(where: { !$0.text.isEmpty })?.text ?? ""))),
        ])
    }

    /// An actor: `{"name", "kind", "roles", "aliases", "link"}`, roles as written and without repeats.
    static func actor(_ actor: Actor) -> JSONValue {
        var roles: [String] = []
        for role in actor.roles where !roles.contains(role.text) { roles.append(role.text) }
        return .object([
            ("name", .string(actor.name)),
            ("kind", .string(actor.kind.rawValue)),
            ("roles", .array(roles.map(JSONValue.string))),
            ("aliases", .array(actor.aliases.map(JSONValue.string))),
            ("link", .string(ActorRoutes.profile(actor.id).outputPath)),
        ])
    }

    /// A quotation: `{"text", "speaker", "article", "link"}`, linking to its paragraph.
    static func quote(_ quote: ResolvedQuote, titles: [String: String]) -> JSONValue {
        .object([
            ("text", .string(excerpt(quote.text))),
            ("speaker", .optional(quote.speaker)),
            ("article", .optional(titles[quote.article])),
            ("link", .string(Route(folder: "articles", quote.article).outputPath + "#p\(quote.paragraph)")),
        ])
    }

    /// `text` cut to about `excerptLength` characters at a space, with an ellipsis when cut.
    static func excerpt(_ text: String) -> String {
        guard text.count > excerptLength else { return text }
        let head = text.prefix(excerptLength)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut.trimmingTrailingPunctuation() + "…"
    }
}

private extension Substring {
    /// Without trailing spaces, commas, semicolons and colons, so the ellipsis sits on a word.
    func trimmingTrailingPunctuation() -> String {
        var end = endIndex
        while end > startIndex, " ,;:".contains(self[index(before: end)]) { end = index(before: end) }
        return String(self[startIndex..<end])
    }
}
