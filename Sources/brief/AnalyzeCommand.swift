import ArgumentParser
import BriefCore
import BriefEvaluation
import BriefSite
import Foundation

/// `brief analyze --jsonl FILE`: the core's measuring entry point, one JSON line out per document in.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Extract quotes, actors and temporal expressions from JSON Lines documents, as the site resolves them.",
        discussion: """
        Each input line is a JSON object {"id", "date", "text", ...} (other keys are ignored; the format
        of ../shared/corpora/README.md). For each, one line is written to standard output:
        {"id", "quotes": [{"start", "end", "speaker", "speakerName", "speakerStart", "speakerEnd", "direct"}],
         "persons": [{"start", "end"}], "timexes": [{"start", "end", "type", "value"}],
         "entities": [{"start", "end", "kind", "actor"}]} with UTF-8 byte offsets into "text".
        Actors are resolved across all the documents exactly as `brief build` resolves them: "speakerName"
        is the actor the site credits (null when none) and "actor" the id of its profile. Uses every core;
        like a build, it holds every document's analysis until the corpus is resolved.
        """
    )

    @Option(help: ArgumentHelp("The JSON Lines file to analyse ('-' for standard input).", valueName: "file"))
    var jsonl: String

    func run() throws {
        let handle: FileHandle
        if jsonl == "-" {
            handle = .standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: jsonl) else {
                throw ValidationError("cannot open \(jsonl): no such readable file.")
            }
            handle = opened
        }
        var output = BufferedOutput()
        do {
            try JSONLinesAnalyzer().run(input: handle, path: jsonl) { line in output.write(line) }
            output.flush()
        } catch {
            output.flush()
            Console(verbosity: .normal).error(error)
            throw ExitCode.failure
        }
    }
}

/// Standard output written in large blocks rather than line by line.
struct BufferedOutput {
    private var buffer: [UInt8] = []

    mutating func write(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
