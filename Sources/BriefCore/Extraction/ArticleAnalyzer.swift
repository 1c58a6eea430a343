/// Extracts an article's quotations, reported statements, mentions, stated roles and entities: the article-level entry
/// point of extraction. Pure and fast: it reads the paragraphs' UTF-8 and nothing else.
public enum ArticleAnalyzer {
    /// Quotations of at most this many words with no speech context are scare quotes.
    static let scareQuoteWords = 2

    /// The analysis of `article` (its paragraphs and byline).
    public static func analyze(_ article: Article) -> ArticleAnalysis {
        analyze(paragraphs: article.paragraphs.map { ($0.number, $0.text) }, byline: article.byline)
    }

    /// The analysis of paragraphs given as texts, numbered from 1, with an optional byline.
    public static func analyze(paragraphs texts: [String], byline: String? = nil) -> ArticleAnalysis {
        analyze(paragraphs: texts.enumerated().map { ($0.offset + 1, $0.element) }, byline: byline)
    }

    /// The analysis of numbered paragraphs (numbers ascending by one) with an optional byline.
    public static func analyze(paragraphs numbered: [(number: Int, text: String)], byline: String?) -> ArticleAnalysis {
        analyze(prepared: numbered.map { ParagraphText(number: $0.number, text: $0.text) }, byline: byline)
    }

    /// The analysis of paragraphs already tokenised and split into sentences (numbers ascending by one),
    /// so that the passes after it (dates) can read the same split.
    public static func analyze(prepared paragraphs: [ParagraphText], byline: String?) -> ArticleAnalysis {
        guard !paragraphs.isEmpty else {
            return ArticleAnalysis(quotes: [], mentions: [], roles: [], entities: [], ambiguities: [], author: byline)
        }
        let candidates = paragraphs.map(NameRecognizer.candidates(in:))
        var linked = MentionLinker.link(candidates, paragraphs: paragraphs, byline: byline)
        linked.spokenPronouns = SpokenPronoun.resolveAll(linked: linked, paragraphs: paragraphs)
        let assembled = QuoteAssembler(paragraphs: paragraphs, linked: linked).quotations()
        let reported = ReportedSpeechFinder(paragraphs: paragraphs, linked: linked, quotes: assembled).statements()
        let article = ArticleView(paragraphs: paragraphs, linked: linked, reported: reported)
        let quotes = SpeakerRules.article.reduce(assembled) { $1.apply($0, in: article) }
        // Names without evidence come last, after attribution, which does not see them.
        let tentative = TentativeNames.link(linked.unconfirmed, mentionBase: linked.mentions.count, entityBase: linked.entities.count)
        return ArticleAnalysis(quotes: quotes, mentions: linked.mentions + tentative.mentions, roles: linked.roles,
                               entities: linked.entities + tentative.entities,
                               ambiguities: linked.ambiguities, author: byline, reported: reported)
    }
}
