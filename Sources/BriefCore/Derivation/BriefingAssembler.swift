/// Derives what a briefing knows beyond its articles: each article is analysed on its own (through
/// the injected mapper), then the results are combined across the corpus: the merged timeline.
public enum BriefingAssembler {
    /// The briefing of `articles` with everything derived from them.
    public static func assemble(settings: SiteSettings, articles: [Article],
                                mapper: some ArticleMapper = SerialMapper()) -> Briefing {
        let temporal = mapper.map(articles) { article in
            ArticleTemporalAnalysis(paragraphs: article.paragraphs.map(\.text), date: article.date?.day,
                                    slug: article.slug, path: article.sourcePath)
        }
        let timeline = EventMerger.timeline(temporal.flatMap(\.events))
        return Briefing(settings: settings, articles: articles, timeline: timeline,
                        warnings: temporal.flatMap(\.diagnostics))
    }
}
