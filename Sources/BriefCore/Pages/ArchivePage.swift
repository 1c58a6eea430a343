/// The archive (`articles/`): every article, newest first, grouped by month, one line each — the
/// list the front page shortens.
public enum ArchivePage {
    /// The archive's route.
    public static let route = Route(folder: "articles")

    /// The page for `briefing`.
    public static func page(_ briefing: Briefing) -> Page {
        var groups: [(label: String, entries: [TemplateValue])] = []
        for article in briefing.articles {
            let label = article.date.map { "\(DateDisplay.monthNames[$0.day.month - 1]) \($0.day.year)" } ?? "Undated"
            if groups.last?.label != label { groups.append((label, [])) }
            groups[groups.count - 1].entries.append(SiteDeriver.summary(of: article, from: route))
        }
        return Page(route: route, template: "archive", title: "All articles", context: [
            "groups": .list(groups.map { ["label": .string($0.label), "articles": .list($0.entries)] }),
            "articleCount": .int(briefing.articles.count),
            "hasArticles": .bool(!briefing.articles.isEmpty),
        ])
    }
}
