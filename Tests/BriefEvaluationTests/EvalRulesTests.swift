import Testing
@testable import BriefCore
@testable import BriefEvaluation

/// `brief eval --errors` shows, beside each mistake, the rules behind the prediction.
@Suite struct EvalRulesTests {
    private let text = "“The bridge will open in May,” Ada Moss said at the meeting of the council on Monday."

    /// The quote mistakes of the analysis of `text` against a gold document annotating `goldQuotes`.
    private func mistakes(goldQuotes: String) throws -> [EvalMistake] {
        let line = #"{"id": "d1", "text": \#(JSONText.string(text)), "quotes": [\#(goldQuotes)]}"#
        let gold = try EvalFile.documents(Array(line.utf8), path: "gold.jsonl", role: .gold)
        let predicted = [EvalDocument(prediction: DocumentAnalyzer.analyze(AnalysisInput(id: "d1", date: nil, text: text)))]
        return MistakeFinder.mistakes(try Evaluation(gold: gold, predicted: predicted, task: .quotes), limit: 5)
    }

    @Test func aFalseAlarmShowsTheRulesThatMadeIt() throws {
        let alarm = try #require(try mistakes(goldQuotes: "").first { $0.kind == .falseAlarm })
        #expect(alarm.rules == "quote.marks speaker.after-quote resolve.name")
        #expect(alarm.json.rendered(pretty: false).contains("speaker.after-quote"))
    }

    @Test func aMissNoPredictionOverlapsShowsNone() throws {
        let end = text.utf8.count
        let start = end - "on Monday.".utf8.count
        let miss = try #require(try mistakes(goldQuotes: #"{"start": \#(start), "end": \#(end), "direct": false, "speaker": "Ada Moss"}"#)
            .first { $0.kind == .miss })
        #expect(miss.rules == "none")
    }
}
