import BriefCore
import Foundation

/// What `brief check` found, grouped by file (in path order) and by line within a file, with the
/// counts that decide the exit status; as text for people and as JSON for tools.
public struct CheckReport: Sendable {
    /// One finding with its place in the source.
    public struct Entry: Sendable, Hashable, Codable {
        public let file: String?
        public let line: Int?
        public let severity: String
        public let kind: String
        public let message: String
        public let hint: String?
    }

    /// The findings, sorted by file, line and message.
    public let entries: [Entry]
    /// How many articles were checked.
    public let articles: Int
    /// Whether the project loaded, so that its articles could be checked at all.
    public let loaded: Bool

    /// Creates the report, sorting `entries`.
    public init(entries: [Entry], articles: Int, loaded: Bool = true) {
        self.entries = entries.sorted { ($0.file ?? "", $0.line ?? 0, $0.message) < ($1.file ?? "", $1.line ?? 0, $1.message) }
        self.articles = articles
        self.loaded = loaded
    }

    public var errors: Int { entries.filter { $0.severity == Diagnostic.Severity.error.rawValue }.count }
    public var warnings: Int { entries.filter { $0.severity == Diagnostic.Severity.warning.rawValue }.count }
    public var notes: Int { entries.filter { $0.severity == ReviewFinding.Level.note.rawValue }.count }

    /// Whether the check failed: any error, or with `strict` any warning.
    public func failed(strict: Bool) -> Bool { errors > 0 || (strict && warnings > 0) }

    /// The report for a terminal: a heading per file, then `  LINE: severity: message` and its hint;
    /// notes only when `notes` is set (the summary counts them either way).
    public func text(hints: Bool = true, notes: Bool = false) -> String {
        var lines: [String] = []
        var current: String?? = .none
        for entry in entries where notes || entry.severity != ReviewFinding.Level.note.rawValue {
            if current != .some(entry.file) {
                if current != nil { lines.append("") }
                lines.append(entry.file ?? "(the project)")
                current = .some(entry.file)
            }
            lines.append("  \(entry.line.map { "\($0): " } ?? "")\(entry.severity): \(entry.message) [\(entry.kind)]")
            if hints, let hint = entry.hint { lines.append("      hint: \(hint)") }
        }
        if !lines.isEmpty { lines.append("") }
        lines.append(summary + (!notes && self.notes > 0 ? " The notes (attributions inferred from a pronoun or a role, which the pages mark) are listed with --verbose." : ""))
        return lines.joined(separator: "\n")
    }

    /// "Checked 12 articles: 1 error, 3 warnings in 2 files."
    public var summary: String {
        let files = Set(entries.map { $0.file ?? "" }).count
        guard loaded else { return "The project could not be loaded, so no article was checked: \(count(errors, "error")) to fix first." }
        guard !entries.isEmpty else { return "Checked \(count(articles, "article")): nothing to look at." }
        return "Checked \(count(articles, "article")): \(count(errors, "error")), \(count(warnings, "warning")), \(count(notes, "note")) in \(count(files, "file"))."
    }

    /// The report as JSON: `{articles, errors, warnings, notes, files: [{file, findings: [{line, severity, kind, message, hint}]}]}`.
    public func json() -> String {
        struct Finding: Encodable { let line: Int?; let severity: String; let kind: String; let message: String; let hint: String? }
        struct File: Encodable { let file: String?; let findings: [Finding] }
        struct Whole: Encodable { let articles: Int; let errors: Int; let warnings: Int; let notes: Int; let files: [File] }
        var files: [File] = []
        for entry in entries {
            let finding = Finding(line: entry.line, severity: entry.severity, kind: entry.kind, message: entry.message, hint: entry.hint)
            if let last = files.last, last.file == entry.file {
                files[files.count - 1] = File(file: last.file, findings: last.findings + [finding])
            } else {
                files.append(File(file: entry.file, findings: [finding]))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Whole(articles: articles, errors: errors, warnings: warnings, notes: notes, files: files))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
