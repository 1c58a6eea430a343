import ArgumentParser
import BriefCore
import BriefSite
import Foundation

/// `brief analyze --jsonl FILE`: the core's measuring entry point, one JSON line out per document in.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Extract quotes, person mentions and temporal expressions from JSON Lines documents.",
        discussion: """
        Each input line is a JSON object {"id", "date", "text", ...} (other keys are ignored; the format
        of ../shared/corpora/README.md). For each, one line is written to standard output:
        {"id", "quotes": [{"start", "end", "speaker", "direct"}], "persons": [{"start", "end"}],
         "timexes": [{"start", "end", "type", "value"}]} with UTF-8 byte offsets into "text".
        Streams (memory does not grow with the file) and uses every core.
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
