import BriefCore

/// Temporal expressions as TempEval-3 scores them, on byte spans: strict and relaxed extraction,
/// value P/R/F1 over relaxed matches with identical values, and type accuracy over relaxed matches.
public enum TimexScorer {
    /// The figures for timexes, micro-averaged over the documents.
    public struct Report: Sendable, Hashable {
        public var strict = PRFScore.zero
        public var relaxed = PRFScore.zero
        public var value = PRFScore.zero
        /// Relaxed matches whose types are equal (both absent counts as equal).
        public var typeCorrect = 0

        /// Type accuracy: typeCorrect over the relaxed matches.
        public var typeAccuracy: Double { relaxed.matched > 0 ? Double(typeCorrect) / Double(relaxed.matched) : 0 }

        /// As the reference scorer's `--json` prints it.
        public var json: JSONValue {
            .object([("strict", strict.json), ("relaxed", relaxed.json), ("value", value.json),
                     ("type", .object([("n", .int(relaxed.matched)), ("correct", .int(typeCorrect)), ("acc", .double(typeAccuracy))]))])
        }
    }

    /// Scores every document's timexes.
    public static func score(_ documents: [DocumentPair<EvalDocument.Timex>]) -> Report {
        var report = Report()
        for document in documents {
            let gold = document.gold.count, predicted = document.predicted.count
            let strict = SpanMatching.strict(gold: document.gold, predicted: document.predicted).count
            let relaxed = SpanMatching.relaxed(gold: document.gold, predicted: document.predicted)
            var values = 0
            for pair in relaxed {
                let g = document.gold[pair.gold], p = document.predicted[pair.predicted]
                if valuesAgree(g.value, p.value) { values += 1 }
                if typesAgree(g.type, p.type) { report.typeCorrect += 1 }
            }
            report.strict = report.strict + PRFScore(gold: gold, predicted: predicted, matched: strict)
            report.relaxed = report.relaxed + PRFScore(gold: gold, predicted: predicted, matched: relaxed.count)
            report.value = report.value + PRFScore(gold: gold, predicted: predicted, matched: values)
        }
        return report
    }

    /// Both values present and equal after trimming whitespace.
    public static func valuesAgree(_ gold: String?, _ predicted: String?) -> Bool {
        guard let gold, let predicted else { return false }
        return trimmed(gold).elementsEqual(trimmed(predicted))
    }

    /// Equal types, code point by code point; two absent types agree.
    public static func typesAgree(_ gold: String?, _ predicted: String?) -> Bool {
        guard let gold, let predicted else { return gold == nil && predicted == nil }
        return gold.unicodeScalars.elementsEqual(predicted.unicodeScalars)
    }

    private static func trimmed(_ text: String) -> Substring.UnicodeScalarView {
        let scalars = Substring(text).unicodeScalars
        guard let first = scalars.firstIndex(where: { !SpeakerName.isPythonWhitespace($0) }),
              let last = scalars.lastIndex(where: { !SpeakerName.isPythonWhitespace($0) }) else { return Substring("").unicodeScalars }
        return scalars[first...last]
    }
}
