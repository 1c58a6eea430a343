import BriefCore
import BriefEvaluation
import BriefSite

/// Analyses documents held in memory on every core, keeping their order, then resolves actors across
/// them as `brief build` does: what `brief eval` times and scores.
public enum BatchAnalyzer {
    /// ``CorpusAnalyzer/analyze(_:mapper:)`` of the inputs on every core, in input order.
    public static func analyze(_ inputs: [AnalysisInput]) -> [AnalysisRecord] {
        CorpusAnalyzer.analyze(inputs, mapper: ConcurrentMapper())
    }
}
