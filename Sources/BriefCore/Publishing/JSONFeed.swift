/// The JSON Feed 1.1 (`feed.json`) of the newest articles, newest first.
public enum JSONFeed {
    /// The feed document.
    public static func json(_ briefing: Briefing) -> JSONValue {
        let settings = briefing.settings
        let url = SiteURL(settings: settings)
        var fields: [(String, JSONValue)] = [
            ("version", .string("https://jsonfeed.org/version/1.1")),
            ("title", .string(settings.title)),
            ("home_page_url", .string(url.address(of: .home))),
            ("feed_url", .string(url.address(of: Route(file: "feed.json")))),
        ]
        if !settings.description.isEmpty { fields.append(("description", .string(settings.description))) }
        fields.append(("language", .string(settings.language)))
        fields.append(("items", .array(briefing.articles.prefix(AtomFeed.limit).map { item($0, url: url) })))
        return .object(fields)
    }

    private static func item(_ article: Article, url: SiteURL) -> JSONValue {
        let route = SiteDeriver.route(of: article)
        var fields: [(String, JSONValue)] = [
            ("id", .string(url.identifier(of: route))),
            ("url", .string(url.address(of: route))),
            ("title", .string(article.title)),
            ("content_html", .string(article.paragraphs.map(ParagraphHTML.render).joined(separator: "\n"))),
        ]
        if let lede = article.paragraphs.first(where: { !$0.text.isEmpty })?.text { fields.append(("summary", .string(lede))) }
        if let date = article.date { fields.append(("date_published", .string(RFC3339.timestamp(date)))) }
        if let author = article.byline { fields.append(("authors", .array([.object([("name", .string(author))])]))) }
        if let external = article.metadata.url { fields.append(("external_url", .string(external))) }
        if !article.metadata.tags.isEmpty { fields.append(("tags", .array(article.metadata.tags.map(JSONValue.string)))) }
        return .object(fields)
    }
}
