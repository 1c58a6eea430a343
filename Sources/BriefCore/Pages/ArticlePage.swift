/// An article's page (`articles/SLUG/`): headline, date, source, byline, and paragraphs with `id="pN"`
/// anchors, in which quotations are marked (each with its id as anchor) and the first mention of
/// each actor links to the actor's profile; then who is quoted, with links to the profiles.
public enum ArticlePage {
    /// The page of `article`, marked with what `briefing` derived from it.
    public static func page(_ article: Article, briefing: Briefing, index: BriefingIndex) -> Page {
        page(article, quotes: index.quotesByArticle[article.slug] ?? [], mentions: briefing.mentions[article.slug] ?? [],
             notes: briefing.editorNotes.byArticle[article.slug], index: index)
    }

    /// The page of `article` with its `quotes`, its `mentions` of actors and the editors' `notes`;
    /// `index` says which actors have profiles and where each quotation is listed.
    static func page(_ article: Article, quotes: some RandomAccessCollection<ResolvedQuote>, mentions: [ActorMention],
                     notes: [EditorNote]?, index: BriefingIndex) -> Page {
        let route = SiteDeriver.route(of: article)
        let marks = quoteMarks(quotes) + actorMarks(mentions, from: route, index: index)
        let byParagraph = Dictionary(grouping: marks, by: \.paragraph)
        let paragraphs: [TemplateValue] = article.paragraphs.map { paragraph in
            let html = InlineMarkup.render(paragraph, marks: (byParagraph[paragraph.number] ?? []).map(\.mark))
            return ["anchor": .string(paragraph.anchor), "number": .int(paragraph.number), "html": .string(html)]
        }
        let quoted: [TemplateValue] = quotes.map { quote in
            QuoteEntry.fields(quote, from: route, index: index).setting("link", .string("#" + quote.id))
        }
        var fields = SiteDeriver.articleFields(article)
        fields["paragraphs"] = .list(paragraphs)
        fields["tags"] = .list(article.metadata.tags.map { .string($0) })
        fields["hasTags"] = .bool(!article.metadata.tags.isEmpty)
        fields["sourceURL"] = .optional(article.metadata.url)
        fields["home"] = .string(route.link(to: .home))
        fields["quoted"] = .list(quoted)
        fields["hasQuoted"] = .bool(!quoted.isEmpty)
        fields.merge(EditorNoteEntry.fields(notes)) { $1 }
        return Page(route: route, template: "article", title: article.title, context: .object(fields))
    }

    /// What the page of `article` is made from: the article, its quotations and where each is listed
    /// (its permalink), and its mentions with whether each actor has a profile.
    public static func inputs(_ article: Article, briefing: Briefing, index: BriefingIndex) -> PageInputs {
        let quotes = ListedItems.quotations(index.quotesByArticle[article.slug] ?? [], index: index)
        let mentions = briefing.mentions[article.slug] ?? []
        let route = SiteDeriver.route(of: article)
        return PageInputs(id: "article/" + article.slug, routes: [route], values: [
            article, quotes, mentions, mentions.map { index.actors[$0.actorID] != nil },
        ])
    }

    /// A mark with the paragraph it belongs to.
    struct PlacedMark {
        let paragraph: Int
        let mark: InlineMark
    }

    /// Each quotation wrapped in `<span class="quote" id="ID">`.
    static func quoteMarks(_ quotes: some Collection<ResolvedQuote>) -> [PlacedMark] {
        quotes.map { quote in
            let speaker = quote.speaker.map { " data-speaker=\"\(HTMLEscaping.escape($0))\"" } ?? ""
            return PlacedMark(paragraph: quote.paragraph,
                              mark: InlineMark(span: quote.quote.span, open: "<span class=\"quote\" id=\"\(quote.id)\"\(speaker)>", close: "</span>"))
        }
    }

    /// The first mention of each actor linked to the actor's profile.
    static func actorMarks(_ mentions: [ActorMention], from page: Route, index: BriefingIndex) -> [PlacedMark] {
        var seen: Set<String> = []
        return mentions.compactMap { mention in
            guard index.actors[mention.actorID] != nil, seen.insert(mention.actorID).inserted else { return nil }
            let href = HTMLEscaping.escape(page.link(to: ActorRoutes.profile(mention.actorID)))
            return PlacedMark(paragraph: mention.paragraph,
                              mark: InlineMark(span: mention.span, open: "<a class=\"actor\" href=\"\(href)\">", close: "</a>", isLink: true))
        }
    }
}
