import BriefCore
import BriefEvaluation
import Foundation

/// Lays out `brief eval`'s figures: P/R/F1 tables for a person, or JSON for a program.
struct EvalReportPrinter {
    let gold: String
    let pred: String?
    let report: EvaluationReport
    let timing: AnalysisTiming?
    let mistakes: [EvalMistake]

    /// The figures as JSON: score.py's keys, then `analysis` (timing) and `errors` when present.
    func json() -> String {
        var extra: [(String, JSONValue)] = []
        if let timing { extra.append(("analysis", timing.json)) }
        if !mistakes.isEmpty { extra.append(("errors", .array(mistakes.map(\.json)))) }
        return report.json(gold: gold, pred: pred, extra: extra).rendered()
    }

    /// The figures as tables, then the warnings and the listed errors.
    func text() -> String {
        var lines = header()
        for task in report.tasks {
            lines.append("")
            switch task {
            case .quotes: lines += quotes()
            case .persons: lines += persons()
            case .timexes: lines += timexes()
            }
        }
        if !report.warnings.entries.isEmpty { lines.append("") }
        lines += report.warnings.entries.sorted { $0.message < $1.message }.map { "warning: \($0.message): \($0.count)" }
        lines += errorListing()
        return lines.joined(separator: "\n")
    }

    private func header() -> [String] {
        var lines = ["gold \(gold): \(report.documents) documents"]
        if let pred {
            lines.append("predictions \(pred): \(report.missingPredictions) gold documents missing, \(report.unknownPredictions) unknown ids")
        } else {
            lines.append("predictions: brief analyze, this build")
        }
        if let timing {
            let cores = timing.cores == 1 ? "1 core" : "\(timing.cores) cores"
            lines.append(String(format: "analysis: %d documents, %.2f MB in %.2f s = %.1f MB/s on ",
                                timing.documents, Double(timing.bytes) / 1e6, timing.seconds, timing.megabytesPerSecond)
                         + cores + String(format: "; CPU %.2f s = %.1f MB/s per core", timing.cpuSeconds, timing.megabytesPerCPUSecond))
        }
        return lines
    }

    private func tableHeader(_ title: String) -> String {
        title.padding(toLength: 18, withPad: " ", startingAt: 0)
            + [("gold", 8), ("pred", 9), ("tp", 9), ("P", 8), ("R", 8), ("F1", 8)].map { String(repeating: " ", count: $1 - $0.count) + $0 }.joined()
    }

    private func row(_ label: String, _ score: PRFScore) -> String {
        ("  " + label).padding(toLength: 18, withPad: " ", startingAt: 0)
            + String(format: "%8d %8d %8d %7.3f %7.3f %7.3f", score.gold, score.predicted, score.matched, score.precision, score.recall, score.f1)
    }

    private func quotes() -> [String] {
        guard let quotes = report.quotes else { return [] }
        var lines = [tableHeader("quotes")]
        for level in quotes.levels {
            lines.append(row(String(format: "T>%.1f all", level.threshold), level.all))
            lines.append(row(String(format: "T>%.1f direct", level.threshold), level.direct))
        }
        for level in quotes.levels {
            var line = String(format: "  speaker T>%.1f  acc %.3f  lenient %.3f (n=%d)  names %.3f (n=%d)", level.threshold,
                              level.speakerAccuracy, level.speakerLenientAccuracy, level.speakers, level.nameAccuracy, level.names)
            if let spanPairs = level.spanPairs { line += String(format: "  ggtspan %.3f (n=%d)", level.spanAccuracy, spanPairs) }
            lines.append(line)
        }
        return lines
    }

    private func persons() -> [String] {
        guard let persons = report.persons else { return [] }
        return [tableHeader("persons"), row("strict", persons.strict), row("relaxed", persons.relaxed)]
    }

    private func timexes() -> [String] {
        guard let timexes = report.timexes else { return [] }
        return [tableHeader("timexes"), row("strict", timexes.strict), row("relaxed", timexes.relaxed), row("value", timexes.value),
                String(format: "  type acc %.3f over %d relaxed matches", timexes.typeAccuracy, timexes.relaxed.matched)]
    }

    private func errorListing() -> [String] {
        var lines: [String] = []
        var section: (EvalTask, EvalMistake.Kind)?
        for mistake in mistakes {
            if section.map({ $0 != (mistake.task, mistake.kind) }) ?? true {
                section = (mistake.task, mistake.kind)
                lines += ["", "\(mistake.task.rawValue): \(mistake.kind.rawValue)"]
            }
            lines.append("  \(mistake.document) \(mistake.span.start)-\(mistake.span.end)  \(mistake.detail)"
                         + (mistake.rules.map { "  [rules: \($0)]" } ?? ""))
            lines.append("    \(mistake.context)")
        }
        return lines
    }
}
