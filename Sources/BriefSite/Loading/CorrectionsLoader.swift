import BriefCore
import Foundation
import Yams

/// Reads the editors' corrections, `content/corrections.yml`: a YAML list of entries, each with
/// `quote` (words of the quotation), optional `article` (its slug or file name), and either
/// `speaker` (who said it) or `drop: true` (it is no quotation), with an optional `note`:
///
/// ```yaml
/// - quote: we will not move
///   article: talks-resume
///   speaker: Anna Smith
///   note: Her office confirmed she said it.
/// ```
///
/// A malformed entry is an error at its line; an unknown key a warning.
enum CorrectionsLoader {
    /// The file, relative to the project.
    static let file = "content/corrections.yml"
    /// The keys an entry may hold.
    static let knownKeys = ["quote", "article", "speaker", "drop", "note"]

    /// The corrections of the project at `root` (none when the file is absent), with warnings.
    static func load(projectRoot root: URL) throws(DiagnosticList) -> (corrections: [Correction], warnings: [Diagnostic]) {
        let url = root.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return ([], []) }
        do {
            let text = try SourceText.decode(try ContentScanner.read(url, as: file), file: file)
            return try read(text)
        } catch {
            throw DiagnosticList([error])
        }
    }

    /// The corrections in `text`.
    static func read(_ text: String) throws(Diagnostic) -> (corrections: [Correction], warnings: [Diagnostic]) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw Diagnostic(file: file, message: "invalid YAML: \(error)", hint: "Write a list of entries, each starting with `- quote: …`.")
        }
        guard let node else { return ([], []) }
        guard case .sequence(let entries) = node else {
            throw Diagnostic(file: file, line: node.mark?.line, message: "expected a list of corrections",
                             hint: "Start each entry with `- quote: words of the quotation`.")
        }
        var corrections: [Correction] = [], warnings: [Diagnostic] = []
        for entry in entries {
            let (correction, found) = try read(entry)
            corrections.append(correction)
            warnings += found
        }
        return (corrections, warnings)
    }

    private static func read(_ node: Node) throws(Diagnostic) -> (Correction, [Diagnostic]) {
        let line = node.mark?.line ?? 1
        guard case .mapping(let mapping) = node else {
            throw Diagnostic(file: file, line: line, message: "a correction should be `key: value` lines",
                             hint: "Write `- quote: …` and, indented below it, `speaker: …` or `drop: true`.")
        }
        var values: [String: String] = [:], warnings: [Diagnostic] = []
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard knownKeys.contains(name) else {
                warnings.append(Diagnostic(.warning, file: file, line: key.mark?.line ?? line, message: "unknown key `\(name)` is ignored",
                                           hint: "Known keys: \(knownKeys.joined(separator: ", "))."))
                continue
            }
            guard case .scalar(let scalar) = value else {
                throw Diagnostic(file: file, line: key.mark?.line ?? line, message: "`\(name)` should be a single value")
            }
            values[name] = scalar.string.trimmingASCIIWhitespace()
        }
        guard let quote = values["quote"], !quote.isEmpty else {
            throw Diagnostic(file: file, line: line, message: "the correction has no `quote`",
                             hint: "Add `quote:` with a few words from inside the quotation marks.")
        }
        let action: Correction.Action
        if let speaker = values["speaker"], !speaker.isEmpty {
            action = .attribute(speaker: speaker)
        } else if ["true", "yes"].contains(values["drop"]?.lowercased() ?? "") {
            action = .drop
        } else {
            throw Diagnostic(file: file, line: line, message: "the correction says neither `speaker:` nor `drop: true`",
                             hint: "Give the speaker's name, or `drop: true` when the words are no quotation.")
        }
        let correction = Correction(quote: quote, article: values["article"].flatMap { $0.isEmpty ? nil : $0 }, action: action,
                                    note: values["note"].flatMap { $0.isEmpty ? nil : $0 }, file: file, line: line)
        return (correction, warnings)
    }
}
