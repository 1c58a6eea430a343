/// A provisional page for an edited article, made at once against the last full build instead of
/// resolving the whole corpus again: `brief serve` shows it while the full rebuild runs, then
/// replaces it with the rebuilt site. The edited article is analysed afresh; its names are given the
/// actors the same words named in the article's last version (as that build resolved them), and a
/// name the last version did not have, or whose words meant two actors, links to no one until the
/// rebuild resolves it. Quotations are credited through those actors, with the editors' corrections.
public enum ArticlePreview {
    /// What the preview reads of the last full build: its settings, actors, mentions and editors'
    /// notes, and the lookups an article's page reads. The build's quotations, statements and
    /// timeline are not kept.
    public struct Base: Sendable {
        /// The settings the pages were rendered with.
        public let settings: SiteSettings
        /// The actors, sorted by id.
        let actors: [Actor]
        /// The names of the actors quotations may be credited to, by id.
        let speakers: [String: String]
        /// Each article's mentions of actors, by slug.
        let mentions: [String: [ActorMention]]
        /// The editors' notes.
        let editorNotes: EditorNotes
        /// Articles and actors by id, and where each quotation is listed.
        let index: BriefingIndex
        /// The slug of each article by its source file.
        let slugs: [String: String]

        /// The base of `briefing`, whose pages were derived with `index`.
        public init(briefing: Briefing, index: BriefingIndex) {
            settings = briefing.settings
            actors = briefing.actors
            speakers = ActorResolver.speakerNames(briefing.actors)
            mentions = briefing.mentions
            editorNotes = briefing.editorNotes
            self.index = BriefingIndex(articlePagesOf: index)
            slugs = Dictionary(briefing.articles.map { ($0.sourcePath, $0.slug) }, uniquingKeysWith: { first, _ in first })
        }

        /// The slug the last build gave the article of `sourcePath`, or nil when it was not published.
        public func slug(ofSource sourcePath: String) -> String? { slugs[sourcePath] }

        /// How many articles the last build published.
        public var articleCount: Int { slugs.count }
    }

    /// The preview page of `article` (its slug the one `base` gave it) as `derivation` analysed it,
    /// or nil when `base` has no article of that slug.
    public static func page(_ article: Article, derivation: ArticleDerivation, corrections: [Correction], base: Base) -> Page? {
        guard let old = base.index.articles[article.slug] else { return nil }
        let analysis = derivation.analysis
        let actorOf = entityActors(analysis, of: article, formerly: wordsNaming(base.mentions[article.slug] ?? [], in: old))
        let found = ActorResolver.resolvedQuotes(.init(slug: article.slug, analysis: analysis), entityActors: actorOf,
                                                 speakers: base.speakers)
        let quotes = corrected(found, article: article, corrections: corrections, actors: base.actors)
        return ArticlePage.page(article, quotes: quotes, mentions: BriefingAssembler.actorMentions(analysis, actorOf: actorOf),
                                notes: base.editorNotes.byArticle[article.slug], index: base.index)
    }

    /// The actor each set of words named in the article's last version (`mentions` of `article`);
    /// words that named two actors are left out.
    static func wordsNaming(_ mentions: [ActorMention], in article: Article) -> [String: String] {
        let texts = paragraphTexts(article)
        var named: [String: String] = [:]
        var twice: Set<String> = []
        for mention in mentions {
            guard let words = words(at: mention.span, paragraph: mention.paragraph, in: texts) else { continue }
            if let known = named[words], known != mention.actorID { twice.insert(words) }
            named[words] = named[words] ?? mention.actorID
        }
        for words in twice { named[words] = nil }
        return named
    }

    /// The actor of each entity of `analysis` (of `article`) whose mentions' words `named` gives one
    /// actor; an entity whose words name two actors is left out.
    static func entityActors(_ analysis: ArticleAnalysis, of article: Article, formerly named: [String: String]) -> [Int: String] {
        let texts = paragraphTexts(article)
        var actors: [Int: String] = [:]
        var conflicting: Set<Int> = []
        for mention in analysis.mentions {
            guard let entity = mention.entity, let words = words(at: mention.span, paragraph: mention.paragraph, in: texts),
                  let id = named[words] else { continue }
            if let known = actors[entity], known != id { conflicting.insert(entity) }
            actors[entity] = actors[entity] ?? id
        }
        for entity in conflicting { actors[entity] = nil }
        return actors
    }

    /// Each paragraph's text by its number.
    static func paragraphTexts(_ article: Article) -> [Int: String] {
        Dictionary(article.paragraphs.map { ($0.number, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// The words at `span` of paragraph `paragraph`, or nil when the text has no such place.
    static func words(at span: ByteSpan, paragraph: Int, in texts: [Int: String]) -> String? {
        guard let text = texts[paragraph], span.end <= text.utf8.count else { return nil }
        return span.text(in: text)
    }

    /// `quotes` with the editors' `corrections` applied as a build applies them, within this article.
    static func corrected(_ quotes: [ResolvedQuote], article: Article, corrections: [Correction], actors: [Actor]) -> [ResolvedQuote] {
        guard !corrections.isEmpty else { return quotes }
        let alone = Briefing(settings: SiteSettings(), articles: [article], actors: actors, quotes: quotes)
        return CorrectionsApplier.apply(corrections, to: alone).briefing.quotes
    }
}
