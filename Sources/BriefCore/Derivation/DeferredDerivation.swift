/// The parts of an article's derivation that resolving the corpus's actors does not read: its
/// reported statements and its temporal analysis. The assembler sets them aside (``DerivationParking``)
/// while every article's analysis is held for the resolution, and takes them back article by article.
public struct DeferredDerivation: Sendable, Hashable {
    /// The article's reported statements.
    public let reported: [ReportedStatement]
    /// The article's dates and events, with article-local actor ids.
    public let temporal: ArticleTemporalAnalysis

    /// Creates the value from its parts.
    public init(reported: [ReportedStatement], temporal: ArticleTemporalAnalysis) {
        self.reported = reported
        self.temporal = temporal
    }
}
