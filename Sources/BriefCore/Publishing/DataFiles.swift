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
}
