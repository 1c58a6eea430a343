/// The articles of one month, by their date (`articles/YYYY/MM/`), or the undated ones
/// (`articles/undated/all/`): what one page of the archive lists.
public struct ArchiveMonth: Sendable, Hashable {
    /// The year and month, or nil for the undated articles.
    public let month: CalendarMonth?
    /// The articles, newest first.
    public let articles: [Article]

    /// A year and a month of it.
    public struct CalendarMonth: Sendable, Hashable {
        public let year: Int
        /// 1 to 12.
        public let month: Int
    }

    /// `articles` (newest first, undated last, as the briefing keeps them) cut by month, newest first.
    public static func split(_ articles: [Article]) -> [ArchiveMonth] {
        var keys: [CalendarMonth?] = []
        var groups: [[Article]] = []
        for article in articles {
            let month = month(of: article)
            if groups.isEmpty || keys.last != month {
                keys.append(month)
                groups.append([])
            }
            groups[groups.count - 1].append(article)
        }
        return zip(keys, groups).map { ArchiveMonth(month: $0, articles: $1) }
    }

    /// The month of `article`'s date, or nil when it is undated.
    static func month(of article: Article) -> CalendarMonth? {
        article.date.map { CalendarMonth(year: $0.day.year, month: $0.day.month) }
    }

    /// "September 2025", or "Undated".
    static func label(_ month: CalendarMonth?) -> String {
        month.map { "\(DateDisplay.monthNames[$0.month - 1]) \($0.year)" } ?? "Undated"
    }

    /// "September 2025", or "Undated".
    public var label: String { Self.label(month) }

    /// Where the month's first page lives: two folders below `articles/`, so no article's page
    /// (`articles/SLUG/`) can take its place.
    public var route: Route {
        month.map { Route(folder: "articles", String($0.year), CalendarDate.pad($0.month, 2)) }
            ?? Route(folder: "articles", "undated", "all")
    }
}
