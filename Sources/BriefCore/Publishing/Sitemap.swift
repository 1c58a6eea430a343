/// `sitemap.xml` (sitemaps.org 0.9) listing every page of the site but the 404 page, and
/// `robots.txt` pointing crawlers at it.
public enum Sitemap {
    /// The sitemap of `pages`; an article's page carries its date as `lastmod`.
    public static func xml(pages: [Page], briefing: Briefing) -> String {
        let url = SiteURL(settings: briefing.settings)
        let dates = Dictionary(briefing.articles.compactMap { article in
            article.date.map { (SiteDeriver.route(of: article), $0.day.description) }
        }, uniquingKeysWith: { first, _ in first })
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted(by: { $0.route.urlPath < $1.route.urlPath }) where !page.route.isFile {
            xml += "  <url><loc>\(HTMLEscaping.escape(url.address(of: page.route)))</loc>"
            if let date = dates[page.route] { xml += "<lastmod>\(date)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// `robots.txt`: everything may be crawled; the sitemap is named when the base URL is known.
    public static func robots(_ settings: SiteSettings) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let base = settings.baseURL { text += "\nSitemap: \(base)sitemap.xml\n" }
        return text
    }
}
