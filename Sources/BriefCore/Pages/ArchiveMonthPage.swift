/// One month of the archive (`articles/YYYY/MM/`, the undated articles at `articles/undated/all/`):
/// its articles newest first, one line each, paged (`page/N/`) when the month is long, with links to
/// the newer and older months and back to the archive.
public enum ArchiveMonthPage {
    /// The most articles one page lists.
    static let pageSize = 100

    /// Every page of every month, newest month first.
    public static func pages(_ briefing: Briefing) -> [Page] {
        let months = ArchiveMonth.split(briefing.articles)
        return months.indices.flatMap { pages(ofMonth: $0, months: months) }
    }

    /// The pages of `months[position]`, each made when read.
    static func pages(ofMonth position: Int, months: [ArchiveMonth]) -> PageList {
        let month = months[position]
        let pagination = Pagination(itemCount: month.articles.count, pageSize: pageSize, base: month.route)
        return PageList(ListPage.pages(of: month.articles, pagination)) { page($0, months: months, at: position) }
    }

    /// Page `list` of `months[position]`.
    static func page(_ list: ListPage<Article>, months: [ArchiveMonth], at position: Int) -> Page {
        let month = months[position]
        let route = list.route
        var fields = list.fields
        fields.merge([
            "label": .string(month.label),
            "articles": .list(list.items.map { SiteDeriver.summary(of: $0, from: route) }),
            "articleCount": .string(Plural.count(month.articles.count, "article")),
            "newer": neighbour(months, at: position - 1, from: route),
            "older": neighbour(months, at: position + 1, from: route),
            "archive": .string(route.link(to: ArchivePage.route)),
        ]) { $1 }
        return Page(route: route, template: "archive-month", title: list.title("Articles: \(month.label)"), context: .object(fields))
    }

    /// The month at `position` with its link from `page`, or false past either end.
    static func neighbour(_ months: [ArchiveMonth], at position: Int, from page: Route) -> TemplateValue {
        guard months.indices.contains(position) else { return .bool(false) }
        return ["label": .string(months[position].label), "link": .string(page.link(to: months[position].route))]
    }
}
