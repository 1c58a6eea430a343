/// What one article yields on its own, before the corpus is combined: its extraction (quotes,
/// mentions, roles, entities) and its temporal analysis, whose events name actors by the article's
/// entity indices (`"#3"`) until resolution gives them briefing-wide ids.
public struct ArticleDerivation: Sendable, Hashable, Codable {
    /// Quotations, statements, mentions, roles and entities.
    public let analysis: ArticleAnalysis
    /// Dates and events, with article-local actor ids.
    public let temporal: ArticleTemporalAnalysis

    /// Analyses `article` in one pass over its paragraphs' texts.
    public init(_ article: Article) {
        // Each paragraph is tokenised and split into sentences once, for quotations, names, roles and dates.
        let paragraphs = article.paragraphs.map { ParagraphText(number: $0.number, text: $0.text) }
        analysis = ArticleAnalyzer.analyze(prepared: paragraphs, byline: article.byline)
        let local = analysis.mentions.compactMap { mention in
            mention.entity.map { ActorMention(paragraph: mention.paragraph, span: mention.span, actorID: Self.localID($0)) }
        }
        temporal = ArticleTemporalAnalysis(paragraphs: paragraphs, date: article.date?.day,
                                           slug: article.slug, path: article.sourcePath, mentions: local)
    }

    /// The analysis from its two parts (read back from a cache).
    public init(analysis: ArticleAnalysis, temporal: ArticleTemporalAnalysis) {
        self.analysis = analysis
        self.temporal = temporal
    }

    /// The derivation without what only `brief analyze` and `brief explain` read: each paragraph's
    /// temporal expressions (the site shows the events made from them) and the stances among the
    /// reported statements ("Russia dismissed the initiative", not shown as statements). A build
    /// holds the derivation of every article at once, and keeps it in its cache, so its lists are
    /// kept without the spare room they grew while being appended to.
    public var forSite: ArticleDerivation {
        let analysis = ArticleAnalysis(quotes: analysis.quotes.trimmingCapacity(), mentions: analysis.mentions.trimmingCapacity(),
                                       roles: analysis.roles.trimmingCapacity(), entities: analysis.entities.trimmingCapacity(),
                                       ambiguities: analysis.ambiguities, author: analysis.author,
                                       reported: analysis.reported.filter { !$0.isStance }.trimmingCapacity())
        return ArticleDerivation(analysis: analysis,
                                 temporal: ArticleTemporalAnalysis(paragraphs: [], events: temporal.events.trimmingCapacity(),
                                                                   diagnostics: temporal.diagnostics))
    }

    /// The placeholder id of entity `index` until the corpus is resolved.
    static func localID(_ index: Int) -> String { "#\(index)" }

    /// The entity index a placeholder id stands for.
    static func entityIndex(_ localID: Substring) -> Int? {
        localID.first == "#" ? Int(localID.dropFirst()) : nil
    }
}
