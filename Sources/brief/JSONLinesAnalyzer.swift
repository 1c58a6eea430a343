import BriefCore
import BriefEvaluation
import BriefSite
import Foundation

/// Runs a JSON Lines file of documents (`{"id", "date", "text", …}`) through the same pipeline as
/// `brief build`: reads the lines in batches, analyses each batch on every core (``DocumentAnalyzer``),
/// then resolves actors across all documents (``CorpusAnalyzer``) and writes the records in input order.
/// Like a build, it holds every document's analysis until the corpus is resolved.
public struct JSONLinesAnalyzer: Sendable {
    /// How many documents are analysed together.
    public var batchSize: Int

    /// Creates the value from its parts.
    public init(batchSize: Int = 256) {
        self.batchSize = batchSize
    }

    /// The fields of an input line the analysis reads; other keys are ignored.
    struct InputLine: Decodable {
        let id: String
        let date: String?
        let text: String
    }

    /// Analyses every line of `input`, calling `emit` with each output line (in input order).
    /// Throws a diagnostic naming the line number of a malformed document.
    public func run(input: FileHandle, path: String, emit: (String) -> Void) throws(Diagnostic) {
        var reader = LineReader(handle: input)
        var lineNumber = 0
        var documents: [DocumentAnalysis] = []
        while true {
            var batch: [AnalysisInput] = []
            while batch.count < batchSize, let line = reader.nextLine() {
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                batch.append(try decode(line, path: path, line: lineNumber))
            }
            if batch.isEmpty { break }
            documents += batch.concurrentMap(DocumentAnalyzer.analyzeAlone)
        }
        for record in CorpusAnalyzer.resolve(documents) {
            emit(record.jsonLine())
        }
    }

    private func decode(_ bytes: [UInt8], path: String, line: Int) throws(Diagnostic) -> AnalysisInput {
        let parsed: InputLine
        do {
            parsed = try JSONDecoder().decode(InputLine.self, from: Data(bytes))
        } catch {
            throw Diagnostic(file: path, line: line, message: "not a document: \(Self.describe(error))",
                             hint: "Each line must be a JSON object with string fields \"id\" and \"text\" (and optionally \"date\": \"YYYY-MM-DD\").")
        }
        var date: CalendarDate?
        if let text = parsed.date {
            guard let parsedDate = PublicationDate.parse(text) else {
                throw Diagnostic(file: path, line: line, message: "\"date\": \"\(text)\" is not a date",
                                 hint: "Use YYYY-MM-DD, or null when the document has no date.")
            }
            date = parsedDate.day
        }
        return AnalysisInput(id: parsed.id, date: date, text: parsed.text)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context): return "wrong type at \"\(context.codingPath.map(\.stringValue).joined(separator: "."))\""
        case DecodingError.dataCorrupted: return "invalid JSON"
        default: return "\(error)"
        }
    }
}

/// Reads a file handle line by line in 1 MiB chunks, without loading the whole file.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false

    init(handle: FileHandle) {
        self.handle = handle
    }

    /// The next line's bytes without its `\n`, or nil at the end of the file.
    mutating func nextLine() -> [UInt8]? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let line = Array(buffer[position..<newline])
                position = newline + 1
                return line
            }
            if finished {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            buffer.removeFirst(position)
            position = 0
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
