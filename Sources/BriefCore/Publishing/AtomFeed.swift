/// The Atom feed (`feed.xml`, RFC 4287) of the newest articles, newest first.
public enum AtomFeed {
    /// How many articles a feed carries.
    public static let limit = 100

    /// The feed document.
    public static func xml(_ briefing: Briefing) -> String {
        let settings = briefing.settings
        let url = SiteURL(settings: settings)
        let articles = Array(briefing.articles.prefix(limit))
        let updated = articles.compactMap(\.date).max().map(RFC3339.timestamp) ?? "1970-01-01T00:00:00Z"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escape(settings.language))">
          <title>\(escape(settings.title))</title>

        """
        if !settings.description.isEmpty { xml += "  <subtitle>\(escape(settings.description))</subtitle>\n" }
        xml += """
          <link rel="alternate" type="text/html" href="\(escape(url.address(of: .home)))"/>
          <link rel="self" type="application/atom+xml" href="\(escape(url.address(of: Route(file: "feed.xml"))))"/>
          <id>\(escape(url.identifier(of: .home)))</id>
          <updated>\(updated)</updated>
          <author><name>\(escape(settings.title))</name></author>
          <generator>brief</generator>

        """
        for article in articles { xml += entry(article, url: url, fallbackDate: updated) }
        return xml + "</feed>\n"
    }

    private static func entry(_ article: Article, url: SiteURL, fallbackDate: String) -> String {
        let route = SiteDeriver.route(of: article)
        let date = article.date.map(RFC3339.timestamp) ?? fallbackDate
        let content = article.paragraphs.map(ParagraphHTML.render).joined(separator: "\n")
        var xml = """
          <entry>
            <title>\(escape(article.title))</title>
            <link rel="alternate" type="text/html" href="\(escape(url.address(of: route)))"/>
            <id>\(escape(url.identifier(of: route)))</id>
            <published>\(date)</published>
            <updated>\(date)</updated>

        """
        if let author = article.byline { xml += "    <author><name>\(escape(author))</name></author>\n" }
        if let lede = article.paragraphs.first(where: { !$0.text.isEmpty })?.text {
            xml += "    <summary>\(escape(lede))</summary>\n"
        }
        xml += "    <content type=\"html\">\(escape(content))</content>\n"
        for tag in article.metadata.tags { xml += "    <category term=\"\(escape(tag))\"/>\n" }
        return xml + "  </entry>\n"
    }

    private static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
