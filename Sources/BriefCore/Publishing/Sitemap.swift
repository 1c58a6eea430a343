/// `sitemap.xml` (sitemaps.org 0.9) listing every page of the site but the 404 page, and
/// `robots.txt` pointing crawlers at it. A site of more pages than one sitemap may list gets
/// `sitemaps/N.xml` parts and a `sitemap.xml` that indexes them.
public enum Sitemap {
    /// The most addresses one sitemap may list (sitemaps.org).
    public static let limit = 50_000

    /// `sitemap.xml`, and its parts when the pages are more than `limit`.
    public static func files(pages: [Page], briefing: Briefing, limit: Int = Sitemap.limit) -> [PublishedFile] {
        files(routes: pages.map(\.route), briefing: briefing, limit: limit)
    }

    /// `sitemap.xml`, and its parts when the pages at `routes` are more than `limit`.
    public static func files(routes: [Route], briefing: Briefing, limit: Int = Sitemap.limit) -> [PublishedFile] {
        let entries = self.entries(routes: routes, briefing: briefing)
        guard entries.count > limit else { return [PublishedFile(path: "sitemap.xml", text: urlset(entries[...]))] }
        let url = SiteURL(settings: briefing.settings)
        var parts: [PublishedFile] = []
        for start in stride(from: 0, to: entries.count, by: limit) {
            parts.append(PublishedFile(path: "sitemaps/\(parts.count + 1).xml", text: urlset(entries[start..<min(start + limit, entries.count)])))
        }
        var index = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for part in parts { index += "  <sitemap><loc>\(HTMLEscaping.escape((url.base ?? "") + part.path))</loc></sitemap>\n" }
        return [PublishedFile(path: "sitemap.xml", text: index + "</sitemapindex>\n")] + parts
    }

    /// The sitemap of `pages`; an article's page carries its date as `lastmod`.
    public static func xml(pages: [Page], briefing: Briefing) -> String {
        urlset(entries(routes: pages.map(\.route), briefing: briefing)[...])
    }

    /// One `<url>` line per page but files, sorted by address.
    static func entries(routes: [Route], briefing: Briefing) -> [String] {
        let url = SiteURL(settings: briefing.settings)
        let dates = Dictionary(briefing.articles.compactMap { article in
            article.date.map { (SiteDeriver.route(of: article), $0.day.description) }
        }, uniquingKeysWith: { first, _ in first })
        return routes.sorted(by: { $0.urlPath < $1.urlPath }).filter { !$0.isFile }.map { route in
            "  <url><loc>\(HTMLEscaping.escape(url.address(of: route)))</loc>"
                + (dates[route].map { "<lastmod>\($0)</lastmod>" } ?? "") + "</url>\n"
        }
    }

    /// A `<urlset>` of `entries`.
    static func urlset(_ entries: ArraySlice<String>) -> String {
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + entries.joined() + "</urlset>\n"
    }

    /// `robots.txt`: everything may be crawled; the sitemap is named when the base URL is known.
    public static func robots(_ settings: SiteSettings) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let base = settings.baseURL { text += "\nSitemap: \(base)sitemap.xml\n" }
        return text
    }
}
