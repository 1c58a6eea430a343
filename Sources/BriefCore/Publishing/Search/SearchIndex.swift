/// The site search's entries, and `search.json`: every entry in one file, a download for tools. Pages
/// search the same entries through the fragments of ``SearchFragments``. One list per kind of result;
/// links are relative to the site root and name `index.html`, and `assets/search.js` prefixes them
/// with each page's root.
public enum SearchIndex {
    /// The longest excerpt, in characters, before it is cut at a word boundary.
    static let excerptLength = 180

    /// Every entry: the articles in the briefing's order, then the actors, then the quotations, each
    /// made when it is read.
    public static func entries(_ briefing: Briefing) -> SearchEntryList {
        SearchEntryList(briefing)
    }

    /// `{"articles": [{"title", "link", "date", "excerpt"}], "actors": [{"name", "kind", "roles", "aliases",
    /// "link"}], "quotes": [{"text", "speaker", "article", "link"}]}`; every entry has a `link`.
    public static func json(_ briefing: Briefing) -> JSONValue {
        let all = entries(briefing)
        return .object(SearchEntry.Kind.allCases.map { kind in
            (kind.list, .array(all.filter { $0.kind == kind }.map(\.fields)))
        })
    }

    /// The document of ``json(_:)`` written to `stream` entry by entry.
    static func write(_ briefing: Briefing, into stream: inout JSONStream) {
        let titles = Dictionary(briefing.articles.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        stream.object(indent: 0, [
            (SearchEntry.Kind.article.list, { stream, inner in stream.array(briefing.articles, indent: inner) { article($0).fields } }),
            (SearchEntry.Kind.actor.list, { stream, inner in stream.array(briefing.actors, indent: inner) { actor($0).fields } }),
            (SearchEntry.Kind.quote.list, { stream, inner in
                stream.array(briefing.quotes, indent: inner) { quote($0, titles: titles).fields }
            }),
        ])
    }

    /// An article: `{"title", "link", "date", "excerpt"}`, found by its title and excerpt.
    static func article(_ article: Article) -> SearchEntry {
        let excerpt = excerpt(excerptSource(article))
        let fields = JSONValue.object([
            ("title", .string(article.title)),
            ("link", .string(SiteDeriver.route(of: article).outputPath)),
            ("date", .optional(article.date.map { DateDisplay.long($0.day) })),
            ("excerpt", .string(excerpt)),
        ])
        return SearchEntry(kind: .article, fields: fields, heading: [article.title], body: [excerpt])
    }

    /// The text an article's entry is excerpted from: its first paragraph with any text.
    static func excerptSource(_ article: Article) -> String {
        article.paragraphs.first(where: { !$0.text.isEmpty })?.text ?? ""
    }

    /// An actor: `{"name", "kind", "roles", "aliases", "link"}`, roles as written and without repeats;
    /// found by its names and roles.
    static func actor(_ actor: Actor) -> SearchEntry {
        var roles: [String] = []
        var seen: Set<String> = []
        for role in actor.roles where seen.insert(role.text).inserted { roles.append(role.text) }
        let fields = JSONValue.object([
            ("name", .string(actor.name)),
            ("kind", .string(actor.kind.rawValue)),
            ("roles", .array(roles.map(JSONValue.string))),
            ("aliases", .array(actor.aliases.map(JSONValue.string))),
            ("link", .string(ActorRoutes.profile(actor.id).outputPath)),
        ])
        return SearchEntry(kind: .actor, fields: fields, heading: [actor.name] + actor.aliases, body: roles)
    }

    /// A quotation: `{"text", "speaker", "article", "link"}`, linking to its paragraph; found by its
    /// words and speaker, and by its article's title.
    static func quote(_ quote: ResolvedQuote, titles: [String: String]) -> SearchEntry {
        let text = excerpt(quote.text)
        let title = titles[quote.article]
        let fields = JSONValue.object([
            ("text", .string(text)),
            ("speaker", .optional(quote.speaker)),
            ("article", .optional(title)),
            ("link", .string(Route(folder: "articles", quote.article).outputPath + "#p\(quote.paragraph)")),
        ])
        return SearchEntry(kind: .quote, fields: fields, heading: [text] + [quote.speaker].compactMap { $0 },
                           body: [title].compactMap { $0 })
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
