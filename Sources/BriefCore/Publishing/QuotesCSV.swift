/// `data/quotes.csv`: every quotation for spreadsheets, one row each with a header row — `quote`,
/// `speaker` (empty when unattributed), `article` (its title), `date` (the article's day, ISO 8601,
/// empty when undated) and `link` (to the paragraph: absolute from `baseURL` when set, else
/// site-relative like `articles/SLUG/#p3`). UTF-8, RFC 4180 (see ``CSVText``).
public enum QuotesCSV {
    /// The column names, in order.
    public static let header = ["quote", "speaker", "article", "date", "link"]

    /// The file's text for `briefing`.
    public static func text(_ briefing: Briefing) -> String {
        let row = rowMaker(briefing)
        return CSVText.table([header] + briefing.quotes.map(row))
    }

    /// The file written to `stream` row by row.
    static func write(_ briefing: Briefing, into stream: inout JSONStream) {
        let row = rowMaker(briefing)
        stream.raw(CSVText.row(header))
        for quote in briefing.quotes { stream.raw(CSVText.row(row(quote))) }
    }

    /// Makes a quotation's row: its text, speaker, article title, date and link.
    private static func rowMaker(_ briefing: Briefing) -> (ResolvedQuote) -> [String] {
        let url = SiteURL(settings: briefing.settings)
        let articles = Dictionary(briefing.articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        return { quote in
            let article = articles[quote.article]
            return [quote.text, quote.speaker ?? "", article?.title ?? quote.article,
                    article?.date.map { $0.day.description } ?? "",
                    url.address(of: Route(folder: "articles", quote.article)) + "#p\(quote.paragraph)"]
        }
    }
}
