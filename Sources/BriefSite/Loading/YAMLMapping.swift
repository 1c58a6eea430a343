import BriefCore
import Yams

/// A YAML document read as a flat mapping of keys to values, each with its line in the file, so that
/// a bad value can be reported where it is.
struct YAMLMapping {
    /// One `key: value` entry.
    struct Entry {
        let key: String
        let value: Node
        /// 1-based line of the key in the file.
        let line: Int
    }

    let entries: [Entry]
    let file: String
    /// The line of `file` the YAML starts on.
    let firstLine: Int

    /// Parses `yaml`, whose first line is line `firstLine` of `file`. An empty document is an empty
    /// mapping; anything but a mapping at the top, or a syntax error, is a diagnostic.
    init(yaml: String, file: String, firstLine: Int) throws(Diagnostic) {
        self.file = file
        self.firstLine = firstLine
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Self.diagnostic(for: error, file: file, firstLine: firstLine)
        } catch {
            throw Diagnostic(file: file, line: firstLine, message: "cannot read the YAML: \(error)")
        }
        guard let node else {
            entries = []
            return
        }
        guard case .mapping(let mapping) = node else {
            throw Diagnostic(file: file, line: firstLine + (node.mark?.line ?? 1) - 1,
                             message: "expected `key: value` lines, found \(Self.describe(node))",
                             hint: "Write the metadata as a YAML mapping, e.g. `date: 2025-09-03`.")
        }
        entries = mapping.map { key, value in
            Entry(key: key.string ?? "\(key)", value: value, line: firstLine + (key.mark?.line ?? 1) - 1)
        }
    }

    /// The line of `file` that `node` (a value inside this mapping) starts on, when Yams knows it.
    func line(of node: Node) -> Int? {
        node.mark.map { firstLine + $0.line - 1 }
    }

    /// The value of `entry` as a string (scalars of any kind), or a diagnostic at its line.
    func string(_ entry: Entry) throws(Diagnostic) -> String {
        guard case .scalar(let scalar) = entry.value else {
            throw Diagnostic(file: file, line: entry.line,
                             message: "`\(entry.key)` should be a single value, found \(Self.describe(entry.value))")
        }
        return scalar.string
    }

    /// The value of `entry` as a list of strings: a YAML sequence, or one comma-separated string.
    func strings(_ entry: Entry) throws(Diagnostic) -> [String] {
        switch entry.value {
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    throw Diagnostic(file: file, line: entry.line, message: "`\(entry.key)` should list plain values")
                }
                values.append(scalar.string)
            }
            return values
        case .scalar(let scalar):
            return scalar.string.split(separator: ",").map { String($0).trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
        default:
            throw Diagnostic(file: file, line: entry.line, message: "`\(entry.key)` should be a list")
        }
    }

    /// The value of `entry` as a boolean (`true`/`false`, `yes`/`no`).
    func bool(_ entry: Entry) throws(Diagnostic) -> Bool {
        guard let value = entry.value.bool else {
            throw Diagnostic(file: file, line: entry.line,
                             message: "`\(entry.key)` should be true or false, found `\(entry.value.string ?? "?")`")
        }
        return value
    }

    /// A warning for a key the reader does not know: the known key it was probably meant to be
    /// (`titel` → `title`), or else all of them.
    func unknownKey(_ entry: Entry, known: [String]) -> Diagnostic {
        let guess = KeySuggestion.closest(to: entry.key, among: known).map { "; did you mean `\($0)`?" } ?? ""
        return Diagnostic(.warning, file: file, line: entry.line, message: "unknown key `\(entry.key)` is ignored" + guess,
                          hint: "Known keys: \(known.joined(separator: ", ")).")
    }

    private static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "`\(scalar.string)`"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }

    private static func diagnostic(for error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        let hint = "Check the YAML syntax: `key: value`, one per line; quote values that contain `: `."
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return Diagnostic(file: file, line: firstLine + mark.line - 1, column: mark.column,
                              message: "invalid YAML: \(problem)", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(file: file, line: firstLine + context.mark.line - 1,
                              message: "duplicate key \(duplicates.map { "`\($0)`" }.joined(separator: ", "))",
                              hint: "Give each key once.")
        default:
            return Diagnostic(file: file, line: firstLine, message: "invalid YAML: \(error)", hint: hint)
        }
    }
}
