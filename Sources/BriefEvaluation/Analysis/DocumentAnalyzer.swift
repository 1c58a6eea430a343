import BriefCore

/// Runs every extractor of the core over one document: the per-document half of `brief analyze` and
/// `brief eval`. Each layer is filled by its own extractor; ``CorpusAnalyzer`` then names speakers and
/// entities as the site resolves them across all documents.
public enum DocumentAnalyzer {
    /// The analysis of `input` as a corpus of one, with offsets into `input.text`.
    public static func analyze(_ input: AnalysisInput) -> AnalysisRecord {
        CorpusAnalyzer.resolve([analyzeAlone(input)])[0]
    }

    /// The analysis of `input` before corpus resolution.
    public static func analyzeAlone(_ input: AnalysisInput) -> DocumentAnalysis {
        // Quotes, reported speech and actor mentions (attribution), then temporal expressions.
        // Each line is tokenised and split into sentences once: the dates read the attribution's tokens.
        var record = AnalysisRecord(id: input.id)
        var lines: [TokenizedLine] = []
        let analysis = AttributionLayer.fill(&record, from: input, tokenized: &lines)
        record.timexes = TimexTagger.timexes(in: input.text, anchor: input.date, lines: lines).map {
            AnalysisRecord.Timex(span: $0.span, type: $0.type.rawValue, value: $0.value.description)
        }
        return DocumentAnalysis(record: record, analysis: analysis)
    }
}
