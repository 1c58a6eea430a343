/// Runs every extractor of the core over one document: the measuring entry point behind
/// `brief analyze` and `brief eval`. Each layer is filled by its own extractor.
public enum DocumentAnalyzer {
    /// The analysis of `input`, with offsets into `input.text`.
    public static func analyze(_ input: AnalysisInput) -> AnalysisRecord {
        // Layers are added here as their extractors land: quotes and persons (attribution),
        // timexes (temporal expressions).
        var record = AnalysisRecord(id: input.id)
        AttributionLayer.fill(&record, from: input)
        return record
    }
}
