@testable import BriefCore
@testable import BriefEvaluation

/// A small gold file and prediction file written for these tests (invented text, invented spans),
/// each document exercising one rule of the reference scorer. Figures are worked out by hand in
/// ``EvaluationTests``.
enum EvalFixture {
    static let text = String(repeating: "The council met again on Monday and the mayor spoke at length. ", count: 30)

    static func span(_ start: Int, _ end: Int) -> String { "\"start\": \(start), \"end\": \(end)" }

    static func quote(_ start: Int, _ end: Int, direct: Bool?, speaker: String?, speakerSpan: (Int, Int)? = nil) -> String {
        var fields = [span(start, end)]
        if let direct { fields.append("\"direct\": \(direct)") }
        fields.append("\"speaker\": " + (speaker.map(JSONText.string) ?? "null"))
        if let speakerSpan { fields.append("\"speakerStart\": \(speakerSpan.0), \"speakerEnd\": \(speakerSpan.1)") }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    static func timex(_ start: Int, _ end: Int, _ type: String, _ value: String?) -> String {
        "{\(span(start, end)), \"type\": \"\(type)\", \"value\": " + (value.map(JSONText.string) ?? "null") + "}"
    }

    static func persons(_ spans: [(Int, Int)]) -> String {
        "[" + spans.map { "{\(span($0.0, $0.1))}" }.joined(separator: ", ") + "]"
    }

    static let goldLines: [String] = [
        // Persons: identical spans first, overlap ties to the earlier gold.
        #"{"id": "p1", "date": null, "text": \#(JSONText.string(text)), "persons": \#(persons([(0, 10), (20, 30), (40, 50), (60, 70), (120, 130), (122, 123)]))}"#,
        // Persons: two identical predictions for one gold span.
        #"{"id": "p2", "text": \#(JSONText.string(text)), "persons": \#(persons([(5, 9)]))}"#,
        // Persons: no prediction document at all.
        #"{"id": "p3", "text": \#(JSONText.string(text)), "persons": \#(persons([(0, 4)]))}"#,
        // Timexes: strict, relaxed, value (trimmed), type; an empty persons layer the prediction lacks.
        #"{"id": "t1", "date": "2024-03-05", "text": \#(JSONText.string(text)), "persons": [], "timexes": [\#([timex(0, 8, "DATE", "2024-03-05"), timex(20, 30, "DURATION", "P3D"), timex(40, 50, "DATE", "2024-W10"), timex(60, 64, "TIME", "2024-03-05TMO"), timex(80, 84, "DATE", nil)].joined(separator: ", "))]}"#,
        // Quotes: thresholds, ties, direct subset, speaker folding, last-token rule, pronouns.
        #"{"id": "q1", "text": \#(JSONText.string(text)), "quotes": [\#(goldQuotes)]}"#,
    ]

    static let goldQuotes = [
        quote(0, 100, direct: true, speaker: "José Ruiz-Díaz", speakerSpan: (105, 120)),
        quote(200, 300, direct: true, speaker: "He", speakerSpan: (180, 182)),
        quote(400, 500, direct: false, speaker: "Officials"),
        quote(600, 700, direct: true, speaker: "Darian Lonechild"),
        quote(800, 900, direct: true, speaker: "Josh Schwerin"),
        quote(1000, 1100, direct: true, speaker: nil),
        quote(1200, 1300, direct: false, speaker: "the minister"),
        quote(1400, 1500, direct: true, speaker: "María"),
        ].joined(separator: ", ")

    static let predictedLines: [String] = [
        #"{"id": "p1", "persons": \#(persons([(0, 10), (22, 28), (45, 65), (100, 110), (122, 123), (128, 129)]))}"#,
        #"{"id": "p2", "persons": [{"start": 5, "end": 9}, {"start": 5, "end": 9}, {"start": 5, "end": 5}, {"start": "3", "end": 4}]}"#,
        #"{"id": "t1", "timexes": [\#([timex(0, 8, "DATE", "2024-03-05"), timex(22, 30, "DURATION", " P3D "), timex(40, 50, "DATE", "2024-03"), timex(70, 75, "DATE", "2024"), timex(61, 63, "DATE", "2024-03-05TMO"), timex(80, 84, "DATE", nil)].joined(separator: ", "))]}"#,
        #"{"id": "q1", "quotes": [\#(predictedQuotes)]}"#,
        #"{"id": "zzz", "persons": []}"#,
    ]

    static let predictedQuotes = [
        quote(0, 100, direct: true, speaker: "JOSE RUIZDIAZ."),
        quote(200, 231, direct: true, speaker: "Tom Reed"),
        quote(400, 430, direct: false, speaker: "Officials"),
        quote(610, 700, direct: nil, speaker: "Someone"),
        quote(600, 690, direct: true, speaker: "Lonechild"),
        quote(800, 900, direct: true, speaker: "spokesman Josh Schwerin"),
        quote(1000, 1080, direct: true, speaker: "Ann"),
        quote(1200, 1300, direct: false, speaker: "Minister"),
        quote(1400, 1500, direct: true, speaker: nil),
        quote(1600, 1650, direct: true, speaker: "X"),
        ].joined(separator: ", ")

    /// The quotes of q1 again, now with speaker spans (GGT's span rule).
    static let predictedWithSpeakerSpans: [String] = [
        #"{"id": "q1", "quotes": [\#(spannedQuotes)]}"#,
    ]

    static let spannedQuotes = [
        quote(0, 100, direct: true, speaker: "Jose", speakerSpan: (110, 125)),
        quote(200, 300, direct: true, speaker: "Tom Reed", speakerSpan: (300, 310)),
        quote(600, 700, direct: true, speaker: "Lonechild", speakerSpan: (590, 599)),
        quote(1000, 1100, direct: true, speaker: nil),
        ].joined(separator: ", ")

    static var gold: String { goldLines.joined(separator: "\n") + "\n" }
    static var predicted: String { predictedLines.joined(separator: "\n") + "\n" }

    static func documents(_ jsonl: String, _ role: EvalDocument.Role) throws -> [EvalDocument] {
        try EvalFile.documents(Array(jsonl.utf8), path: role == .gold ? "gold.jsonl" : "pred.jsonl", role: role)
    }

    static func evaluation(predicted: String = predicted, task: EvalTask? = nil) throws -> Evaluation {
        try Evaluation(gold: documents(gold, .gold), predicted: documents(predicted, .prediction), task: task)
    }
}
