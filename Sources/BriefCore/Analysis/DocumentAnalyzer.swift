/// Runs every extractor of the core over one document: the measuring entry point behind
/// `brief analyze` and `brief eval`. Each layer is filled by its own extractor.
public enum DocumentAnalyzer {
    /// The analysis of `input`, with offsets into `input.text`.
    public static func analyze(_ input: AnalysisInput) -> AnalysisRecord {
        // Quotes, reported speech and person mentions (attribution), then temporal expressions.
        var record = AnalysisRecord(id: input.id)
        AttributionLayer.fill(&record, from: input)
        record.timexes = TimexTagger.timexes(in: input.text, anchor: input.date).map {
            AnalysisRecord.Timex(span: $0.span, type: $0.type.rawValue, value: $0.value.description)
        }
        return record
    }
}
