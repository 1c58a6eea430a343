import BriefCore

/// One document's analysis before the corpus is resolved: the record `brief analyze` will write, and
/// the extraction it was read from, whose entity indices the record's quotes and entities refer to.
public struct DocumentAnalysis: Sendable, Hashable {
    /// The record, with speakers named as the document alone would name them.
    public var record: AnalysisRecord
    /// The extraction, or nil for a document with no text.
    public let analysis: ArticleAnalysis?

    /// Creates the value from its parts.
    public init(record: AnalysisRecord, analysis: ArticleAnalysis?) {
        self.record = record
        self.analysis = analysis
    }
}
