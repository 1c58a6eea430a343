import BriefCore
import Yams

/// One entry of `content/corrections.yml` read into its keys' values (a value, or a list of values),
/// with the line of the entry and of each key, and a warning for each unknown key.
struct CorrectionEntry {
    /// Each known key's values, trimmed, empty ones left out.
    private(set) var values: [String: [String]] = [:]
    /// The known keys in the order written.
    private(set) var order: [String] = []
    /// The line of each key.
    private(set) var keyLines: [String: Int] = [:]
    /// The entry's first line.
    let line: Int
    /// Warnings for unknown keys.
    private(set) var warnings: [Diagnostic] = []
    private let file: String

    /// Reads `node`; throws when it is not a mapping of values or lists of values.
    init(_ node: Node, file: String, knownKeys: [String]) throws(Diagnostic) {
        self.file = file
        line = node.mark?.line ?? 1
        guard case .mapping(let mapping) = node else {
            throw Diagnostic(file: file, line: line, message: "a correction should be `key: value` lines",
                             hint: "Write `- quote: …` and, indented below it, `speaker: …` or `drop: true`.")
        }
        for (key, value) in mapping {
            let name = key.string ?? ""
            let keyLine = key.mark?.line ?? line
            guard knownKeys.contains(name) else {
                let guess = KeySuggestion.closest(to: name, among: knownKeys).map { "; did you mean `\($0)`?" } ?? ""
                warnings.append(Diagnostic(.warning, file: file, line: keyLine, message: "unknown key `\(name)` is ignored" + guess,
                                           hint: "Known keys: \(knownKeys.joined(separator: ", "))."))
                continue
            }
            let scalars: [Node.Scalar]
            switch value {
            case .scalar(let scalar): scalars = [scalar]
            case .sequence(let items):
                scalars = try items.map { (item: Node) throws(Diagnostic) -> Node.Scalar in
                    guard case .scalar(let scalar) = item else { throw Self.notAValue(name, file: file, line: keyLine) }
                    return scalar
                }
            default: throw Self.notAValue(name, file: file, line: keyLine)
            }
            let texts = scalars.map { $0.string.trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
            guard !texts.isEmpty else { continue }
            values[name] = texts
            order.append(name)
            keyLines[name] = keyLine
        }
    }

    /// The one value of `key`; throws with `hint` when there is none, or several.
    func single(_ key: String, hint: String) throws(Diagnostic) -> String {
        guard let value = try optionalSingle(key) else {
            throw Diagnostic(file: file, line: line, message: "the correction has no `\(key)`", hint: hint)
        }
        return value
    }

    /// The one value of `key`, or nil; throws when there are several.
    func optionalSingle(_ key: String) throws(Diagnostic) -> String? {
        guard let found = values[key] else { return nil }
        guard found.count == 1 else {
            throw Diagnostic(file: file, line: keyLines[key] ?? line, message: "`\(key)` should be a single value, not a list")
        }
        return found[0]
    }

    /// Whether `key` says true (`true` or `yes`).
    func isTrue(_ key: String) -> Bool {
        ["true", "yes"].contains(values[key]?.first?.lowercased() ?? "")
    }

    private static func notAValue(_ key: String, file: String, line: Int) -> Diagnostic {
        Diagnostic(file: file, line: line, message: "`\(key)` should be a value or a list of values")
    }
}
