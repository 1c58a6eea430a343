/// The archive (`articles/`): the newest articles by month, then every month with its count of
/// articles, year by year, each linking to its page (``ArchiveMonthPage``), where all its articles
/// are listed. The page stays the same size however large the archive grows.
public enum ArchivePage {
    /// The archive's route.
    public static let route = Route(folder: "articles")
    /// How many of the newest articles the archive lists itself.
    static let latestLimit = 50

    /// The page for `briefing`.
    public static func page(_ briefing: Briefing) -> Page {
        let months = ArchiveMonth.split(briefing.articles)
        var groups: [EntryGroup] = []
        for article in briefing.articles.prefix(latestLimit) {
            let label = ArchiveMonth.label(ArchiveMonth.month(of: article))
            if groups.last?.label != label { groups.append(EntryGroup(label: label)) }
            groups[groups.count - 1].entries.append(SiteDeriver.summary(of: article, from: route))
        }
        var fields: [String: TemplateValue] = [
            "groups": .list(groups.map { ["label": .string($0.label), "articles": .list($0.entries)] }),
            "years": .list(years(months)),
            "undated": months.last.flatMap { $0.month == nil ? monthLink($0) : nil } ?? .bool(false),
            "articleCount": .int(briefing.articles.count),
            "articleCountText": .string(Plural.count(briefing.articles.count, "article")),
            "hasArticles": .bool(!briefing.articles.isEmpty),
        ]
        fields.merge(ListLimit(briefing.articles.count, limit: latestLimit).fields("articles", noun: "article")) { $1 }
        return Page(route: route, template: "archive", title: "All articles", context: .object(fields))
    }

    /// The dated months, newest first, gathered by year: `[{year, months: [{label, count, link}]}]`.
    static func years(_ months: [ArchiveMonth]) -> [TemplateValue] {
        var years: [Int] = []
        var groups: [[TemplateValue]] = []
        for month in months {
            guard let date = month.month else { continue }
            if years.last != date.year {
                years.append(date.year)
                groups.append([])
            }
            groups[groups.count - 1].append(monthLink(month))
        }
        return zip(years, groups).map { ["year": .string(String($0)), "months": .list($1)] }
    }

    /// A month's link from the archive: `{label, name, count, link}`.
    static func monthLink(_ month: ArchiveMonth) -> TemplateValue {
        [
            "label": .string(month.label),
            "name": .string(month.month.map { DateDisplay.monthNames[$0.month - 1] } ?? month.label),
            "count": .int(month.articles.count),
            "countText": .string(Plural.count(month.articles.count, month.month == nil ? "undated article" : "article")),
            "link": .string(route.link(to: month.route)),
        ]
    }
}
