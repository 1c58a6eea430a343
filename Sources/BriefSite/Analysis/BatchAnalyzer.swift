import BriefCore

/// Analyses documents held in memory on every core, keeping their order: what `brief eval` times.
public enum BatchAnalyzer {
    /// ``DocumentAnalyzer/analyze(_:)`` of each input, in input order.
    public static func analyze(_ inputs: [AnalysisInput]) -> [AnalysisRecord] {
        inputs.concurrentMap(DocumentAnalyzer.analyze)
    }
}
