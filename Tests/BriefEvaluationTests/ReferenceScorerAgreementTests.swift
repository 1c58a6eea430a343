import Foundation
import Testing
@testable import BriefCore
@testable import BriefEvaluation

/// Our figures against the corpora's reference scorer, `../shared/corpora/score.py` beside the
/// package, run by `python3` on ``EvalFixture``'s files. Skipped when either is missing.
@Suite(.enabled(if: ReferenceScorer.available, "needs python3 and ../shared/corpora/score.py"))
struct ReferenceScorerAgreementTests {
    @Test func fixtureFiguresAgreeWithScorePy() throws {
        try expectAgreement(gold: EvalFixture.gold, predicted: EvalFixture.predicted, task: nil)
    }

    @Test func speakerSpanFiguresAgreeWithScorePy() throws {
        try expectAgreement(gold: EvalFixture.gold, predicted: EvalFixture.predictedWithSpeakerSpans.joined(separator: "\n"), task: .quotes)
    }

    private func expectAgreement(gold: String, predicted: String, task: EvalTask?) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brief-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let goldPath = folder.appendingPathComponent("gold.jsonl").path, predPath = folder.appendingPathComponent("pred.jsonl").path
        try gold.write(toFile: goldPath, atomically: true, encoding: .utf8)
        try predicted.write(toFile: predPath, atomically: true, encoding: .utf8)

        let expected = try JSONParser.parse(ReferenceScorer.run([goldPath, predPath, "--json"] + (task.map { ["--task", $0.rawValue] } ?? [])))
        let evaluation = try Evaluation(gold: EvalFile.documents(Array(gold.utf8), path: goldPath, role: .gold),
                                        predicted: EvalFile.documents(Array(predicted.utf8), path: predPath, role: .prediction), task: task)
        let ours = evaluation.report().json(gold: goldPath, pred: predPath)
        var differences: [String] = []
        compare(ours, expected, path: "$", into: &differences)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    /// Every leaf equal (numbers within 1e-9), every object with the same keys.
    private func compare(_ ours: JSONValue, _ theirs: JSONValue, path: String, into differences: inout [String]) {
        switch (ours, theirs) {
        case let (.object(a), .object(b)):
            let keysA = Set(a.map(\.0)), keysB = Set(b.map(\.0))
            if keysA != keysB { differences.append("\(path): keys \(keysA.sorted()) vs \(keysB.sorted())") }
            for key in keysA.intersection(keysB) { compare(ours[key]!, theirs[key]!, path: path + "." + key, into: &differences) }
        case let (.array(a), .array(b)) where a.count == b.count:
            for (index, pair) in zip(a, b).enumerated() { compare(pair.0, pair.1, path: "\(path)[\(index)]", into: &differences) }
        default:
            if let x = number(ours), let y = number(theirs) {
                if abs(x - y) > 1e-9 { differences.append("\(path): \(x) vs \(y)") }
            } else if ours != theirs {
                differences.append("\(path): \(ours.rendered(pretty: false)) vs \(theirs.rendered(pretty: false))")
            }
        }
    }

    private func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let int): Double(int)
        case .double(let double): double
        default: nil
        }
    }
}

/// Finding and running `score.py`.
enum ReferenceScorer {
    /// `../shared/corpora/score.py` relative to the package root.
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/score.py").path

    /// `python3` on the PATH, if any.
    static let python: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        .map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    static var available: Bool { python != nil && FileManager.default.fileExists(atPath: script) }

    /// The scorer's standard output for `arguments`.
    static func run(_ arguments: [String]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python!)
        process.arguments = [script] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
