/// The site's public data under `data/`: what the pages show, as JSON in a stable order.
public enum DataFiles {
    /// `data/articles.json`: `[{"slug", "title", "date", "author", "source", "url", "path"}]`, newest first.
    public static func articles(_ briefing: Briefing) -> JSONValue {
        .array(briefing.articles.map { article in
            .object([
                ("slug", .string(article.slug)),
                ("title", .string(article.title)),
                ("date", .optional(article.date?.description)),
                ("author", .optional(article.byline)),
                ("source", .optional(article.metadata.source)),
                ("url", .optional(article.metadata.url)),
                ("path", .string(SiteDeriver.route(of: article).urlPath)),
            ])
        })
    }

    /// `data/timeline.json`: the events in timeline order, `{"date", "granularity", "text", "expression",
    /// "scheduled", "actors", "article", "paragraph", "sources"}`; `article` and `paragraph` name the
    /// first source, `sources` lists every article reporting the event.
    public static func timeline(_ briefing: Briefing) -> JSONValue {
        .array(briefing.timeline.map { event in
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
        })
    }
}
