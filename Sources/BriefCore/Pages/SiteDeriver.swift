/// Derives every page of the site from the briefing: the front page, the archive and its months, one page
/// per article, the timeline with its year and month pages, the actor directory with its full lists, one
/// profile per actor with its full lists, the quotes pages, and 404. Every list that grows with the
/// archive is cut into pages of a fixed size (``Pagination``), so no page grows without bound.
public enum SiteDeriver {
    /// The route of an article's page, `articles/SLUG/`.
    public static func route(of article: Article) -> Route {
        Route(folder: "articles", article.slug)
    }

    /// All pages, in a stable order; article and profile pages are derived through `mapper`.
    public static func pages(for briefing: Briefing, mapper: some ArticleMapper = SerialMapper()) -> [Page] {
        groups(for: briefing).flatMap { group in
            mapper.map(Array(0..<group.count), group.pages).flatMap { $0 }
        }
    }

    /// All pages in the order of ``pages(for:mapper:)``, as groups derived on demand.
    public static func groups(for briefing: Briefing) -> [PageGroup] {
        groups(for: briefing, index: BriefingIndex(briefing))
    }

    /// All pages as ``groups(for:)`` derives them, from `index`, the briefing's lookups made by the caller.
    public static func groups(for briefing: Briefing, index: BriefingIndex) -> [PageGroup] {
        let articles = briefing.articles, actors = briefing.actors, months = index.timelineMonths
        let speakers = SpeakerQuotesPage.speakers(index)
        let archiveMonths = ArchiveMonth.split(articles)
        return [
            PageGroup { [FrontPage.page(briefing, index: index), ArchivePage.page(briefing)] },
            PageGroup(count: archiveMonths.count) { ArchiveMonthPage.pages(ofMonth: $0, months: archiveMonths) },
            PageGroup(count: articles.count, inputs: { ArticlePage.inputs(articles[$0], briefing: briefing, index: index) }) {
                [ArticlePage.page(articles[$0], briefing: briefing, index: index)]
            },
            PageGroup { [TimelinePage.page(briefing, index: index)] },
            PageGroup { TimelineYearPage.pages(briefing, index: index) },
            PageGroup(count: months.count, inputs: { TimelineMonthPage.inputs(ofMonth: $0, index: index) }) {
                TimelineMonthPage.pages(ofMonth: $0, index: index)
            },
            PageGroup { [ActorDirectoryPage.page(briefing, index: index)] + ActorListPage.pages(briefing) },
            PageGroup(count: actors.count, inputs: { ActorProfilePage.inputs(actors[$0], briefing: briefing, index: index) }) {
                [ActorProfilePage.page(actors[$0], briefing: briefing, index: index)]
            },
            PageGroup(count: actors.count, inputs: { ProfileListPage.inputs(actors[$0], index: index) }) {
                ProfileListPage.pages(actors[$0], index: index)
            },
            PageGroup { [QuotesPage.page(briefing, index: index)] + SpeakerListPage.pages(briefing, index: index) },
            PageGroup(count: speakers.count, inputs: { SpeakerQuotesPage.inputs(speakers[$0], index: index) }) {
                SpeakerQuotesPage.pages(speakers[$0], index: index)
            },
            PageGroup(count: 1) { _ in SpeakerQuotesPage.unattributed(index) + PageList([notFoundPage(briefing)]) },
        ]
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

    /// The fields every page showing an article uses: title, slug, date, source, author.
    static func articleFields(_ article: Article) -> [String: TemplateValue] {
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
