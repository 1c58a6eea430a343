import ArgumentParser
import BriefCore
import BriefEvaluation
import BriefSite
import Foundation

/// `brief eval --gold FILE`: runs the analysis on a gold corpus and scores it as `score.py` does.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the extraction against a gold-annotated JSON Lines corpus.",
        discussion: """
        Runs the same analysis as `brief analyze --jsonl` on every gold document (the format of \
        ../shared/corpora/README.md) and prints P/R/F1 by the rules of the corpora's score.py: \
        persons strict/relaxed, timexes strict/relaxed/value/type, quotes at T = 0.3 and 0.8 with \
        speaker accuracy. With --pred, scores an existing predictions file instead.
        """
    )

    @Option(help: ArgumentHelp("The gold JSON Lines file.", valueName: "file"))
    var gold: String

    @Option(help: ArgumentHelp("Score this predictions file instead of running the analysis.", valueName: "file"))
    var pred: String?

    @Option(help: "Score only this layer: quotes, persons or timexes.")
    var task: EvalTask?

    @Flag(help: "Print the figures as JSON (the keys of score.py --json, plus \"analysis\" and \"errors\").")
    var json = false

    @Option(help: ArgumentHelp("Also list the first N misses, false alarms and wrong speakers or values of each task.", valueName: "N"))
    var errors = 0

    func validate() throws {
        guard errors >= 0 else { throw ValidationError("--errors takes a count of 0 or more.") }
    }

    func run() throws {
        do {
            print(try output())
        } catch {
            Console(verbosity: .normal).error(error)
            throw ExitCode.failure
        }
    }

    /// The report, as text or JSON.
    private func output() throws(Diagnostic) -> String {
        let goldDocuments = try EvalFile.documents(try Self.read(gold), path: gold, role: .gold)
        let predicted: [EvalDocument]
        var timing: AnalysisTiming?
        if let pred {
            predicted = try EvalFile.documents(try Self.read(pred), path: pred, role: .prediction)
        } else {
            var inputs: [AnalysisInput] = []
            for document in goldDocuments { inputs.append(try Self.input(document)) }
            let measured = AnalysisTiming.measure(inputs)
            timing = measured.timing
            predicted = measured.records.map(EvalDocument.init(prediction:))
        }
        let evaluation: Evaluation
        do {
            evaluation = try Evaluation(gold: goldDocuments, predicted: predicted, task: task)
        } catch {
            throw Diagnostic(file: gold, message: error.message, hint: "Leave out --task to score every layer the file annotates.")
        }
        let printer = EvalReportPrinter(gold: gold, pred: pred, report: evaluation.report(), timing: timing,
                                        mistakes: MistakeFinder.mistakes(evaluation, limit: errors))
        return json ? printer.json() : printer.text()
    }

    private static func read(_ path: String) throws(Diagnostic) -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw Diagnostic(file: path, message: "no such file", hint: "Give the path of a JSON Lines file, e.g. ../shared/corpora/timex-tbaq-dev.jsonl.")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(file: path, message: "cannot read the file")
        }
        return [UInt8](data)
    }

    /// What the analysis reads of a gold document: its text and anchor date.
    private static func input(_ document: EvalDocument) throws(Diagnostic) -> AnalysisInput {
        guard let text = document.text else {
            throw Diagnostic(message: "gold document \"\(document.id)\" has no \"text\" to analyse",
                             hint: "Gold documents need their text; to score predictions made elsewhere, use --pred.")
        }
        var day: CalendarDate?
        if let date = document.date {
            guard let parsed = PublicationDate.parse(date) else {
                throw Diagnostic(message: "gold document \"\(document.id)\": \"date\": \"\(date)\" is not a date",
                                 hint: "Use YYYY-MM-DD, or null when the document has no date.")
            }
            day = parsed.day
        }
        return AnalysisInput(id: document.id, date: day, text: text)
    }
}

extension EvalTask: ExpressibleByArgument {}
