/// Derives every page of the site from the briefing: the front page, one page per article, the
/// timeline, and 404.
public enum SiteDeriver {
    /// The route of an article's page, `articles/SLUG/`.
    public static func route(of article: Article) -> Route {
        Route(folder: "articles", article.slug)
    }

    /// All pages, in a stable order.
    public static func pages(for briefing: Briefing) -> [Page] {
        var pages = [indexPage(briefing)]
        pages += briefing.articles.map { articlePage($0) }
        pages.append(TimelinePage.page(briefing))
        pages.append(notFoundPage(briefing))
        return pages
    }

    /// The front page: articles newest first with date, source and first paragraph.
    public static func indexPage(_ briefing: Briefing) -> Page {
        let route = Route.home
        let cards = briefing.articles.map { summary(of: $0, from: route) }
        return Page(route: route, template: "index", title: briefing.settings.title, context: [
            "articles": .list(cards),
            "hasArticles": .bool(!cards.isEmpty),
            "articleCount": .int(cards.count),
        ])
    }

    /// An article's page: headline, date, source, byline, and paragraphs with `id="pN"` anchors.
    public static func articlePage(_ article: Article) -> Page {
        let route = route(of: article)
        let paragraphs: [TemplateValue] = article.paragraphs.map {
            ["anchor": .string($0.anchor), "number": .int($0.number), "html": .string(ParagraphHTML.render($0))]
        }
        var fields = articleFields(article)
        fields["paragraphs"] = .list(paragraphs)
        fields["tags"] = .list(article.metadata.tags.map { .string($0) })
        fields["hasTags"] = .bool(!article.metadata.tags.isEmpty)
        fields["sourceURL"] = .optional(article.metadata.url)
        fields["home"] = .string(route.link(to: .home))
        return Page(route: route, template: "article", title: article.title, context: .object(fields))
    }

    /// The 404 page, at the site root.
    public static func notFoundPage(_ briefing: Briefing) -> Page {
        let route = Route(file: "404.html")
        return Page(route: route, template: "404", title: "Page not found", context: [
            "home": .string(route.link(to: .home)),
        ])
    }

    /// The fields every listing of an article shows, with its link relative to `page`.
    static func summary(of article: Article, from page: Route) -> TemplateValue {
        var fields = articleFields(article)
        fields["link"] = .string(page.link(to: route(of: article)))
        fields["excerpt"] = .optional(article.paragraphs.first(where: { !$0.text.isEmpty })?.text)
        return .object(fields)
    }

    private static func articleFields(_ article: Article) -> [String: TemplateValue] {
        [
            "title": .string(article.title),
            "slug": .string(article.slug),
            "date": .optional(article.date.map { DateDisplay.long($0.day) }),
            "dateISO": .optional(article.date?.description),
            "source": .optional(article.metadata.source),
            "author": .optional(article.byline),
        ]
    }
}
