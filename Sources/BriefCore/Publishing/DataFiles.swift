/// The site's public data under `data/`: what the pages show, as JSON in a stable order.
public enum DataFiles {
    /// `data/articles.json`: `[{"slug", "title", "date", "author", "source", "url", "path"}]`, newest first.
    public static func articles(_ briefing: Briefing) -> JSONValue {
        .array(briefing.articles.map(article))
    }

    /// One article of `data/articles.json`.
    static func article(_ article: Article) -> JSONValue {
        .object([
            ("slug", .string(article.slug)),
            ("title", .string(article.title)),
            ("date", .optional(article.date?.description)),
            ("author", .optional(article.byline)),
            ("source", .optional(article.metadata.source)),
            ("url", .optional(article.metadata.url)),
            ("path", .string(SiteDeriver.route(of: article).urlPath)),
        ])
    }

    /// `data/timeline.json`: the events in timeline order, `{"date", "granularity", "text", "expression",
    /// "scheduled", "actors", "article", "paragraph", "sources"}`; `article` and `paragraph` name the
    /// first source, `sources` lists every article reporting the event.
    public static func timeline(_ briefing: Briefing) -> JSONValue {
        .array(briefing.timeline.map(event))
    }

    /// One event of `data/timeline.json`.
    static func event(_ event: TimelineEvent) -> JSONValue {
        let first = event.sources.first
        return .object([
            ("date", .string(event.date.description)),
            ("granularity", .string(event.granularity.rawValue)),
            ("text", .string(event.text)),
            ("expression", .string(event.expression)),
            ("scheduled", .bool(event.scheduled)),
            ("actors", .array(event.actors.map(JSONValue.string))),
            ("article", .optional(first?.article)),
            ("paragraph", first.map { .int($0.paragraph) } ?? .null),
            ("sources", .array(event.sources.map { .object([("article", .string($0.article)), ("paragraph", .int($0.paragraph))]) })),
        ])
    }

    /// `data/quotes.json`: every quotation in briefing order, `{"id", "text", "speaker", "speakerId",
    /// "inferred", "partial", "article", "paragraph", "mentions"}` (text without the quotation marks).
    public static func quotes(_ briefing: Briefing) -> JSONValue {
        .array(briefing.quotes.map(quote))
    }

    /// One quotation of `data/quotes.json`.
    static func quote(_ quote: ResolvedQuote) -> JSONValue {
        .object([
            ("id", .string(quote.id)),
            ("text", .string(quote.text)),
            ("speaker", .optional(quote.speaker)),
            ("speakerId", .optional(quote.speakerId)),
            ("inferred", .bool(quote.inferred)),
            ("partial", .bool(quote.partial)),
            ("article", .string(quote.article)),
            ("paragraph", .int(quote.paragraph)),
            ("mentions", .array(quote.mentions.map(JSONValue.string))),
        ])
    }

    /// `data/actors.json`: every actor by id, `{"id", "name", "kind", "roles": [{"title", "affiliation",
    /// "text", "article"}], "aliases", "mentions", "quotes", "articles"}`.
    public static func actors(_ briefing: Briefing) -> JSONValue {
        .array(briefing.actors.map(actor))
    }

    /// One actor of `data/actors.json`.
    static func actor(_ actor: Actor) -> JSONValue {
        .object([
            ("id", .string(actor.id)),
            ("name", .string(actor.name)),
            ("kind", .string(actor.kind.rawValue)),
            ("roles", .array(actor.roles.map { role in
                .object([("title", .string(role.title)), ("affiliation", .optional(role.affiliation)),
                         ("text", .string(role.text)), ("article", .string(role.article))])
            })),
            ("aliases", .array(actor.aliases.map(JSONValue.string))),
            ("mentions", .int(actor.mentions)),
            ("quotes", .int(actor.quotes)),
            ("articles", .array(actor.articles.map(JSONValue.string))),
            ("couldBe", .array(actor.couldBe.map(JSONValue.string))),
        ])
    }

    /// `data/statements.json`: statements reported without quotation marks, `{"id", "text", "verb",
    /// "speaker", "speakerId", "inferred", "article", "paragraph"}` (speaker as written when not a resolved
    /// actor; verb: the words that report it, "denied that", or null).
    public static func statements(_ briefing: Briefing) -> JSONValue {
        .array(briefing.statements.map(statement))
    }

    /// One statement of `data/statements.json`.
    static func statement(_ statement: ResolvedStatement) -> JSONValue {
        .object([
            ("id", .string(statement.id)),
            ("text", .string(statement.text)),
            ("verb", .optional(statement.verb)),
            ("speaker", .string(statement.speaker)),
            ("speakerId", .optional(statement.speakerId)),
            ("inferred", .bool(statement.inferred)),
            ("article", .string(statement.article)),
            ("paragraph", .int(statement.paragraph)),
        ])
    }
}
