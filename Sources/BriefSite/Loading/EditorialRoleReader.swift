import BriefCore
import Yams

/// Reads an actor entry's `roles:` — a list whose items are a title ("President of Ukraine", held now)
/// or a mapping `{title, from, to}` with years (`2019`, or a date `2019-05-20` whose year is kept;
/// `to: present`, or no `to`, for a role held now). Every problem names the file and line.
enum EditorialRoleReader {
    /// The keys a role's mapping may hold.
    static let knownKeys = ["title", "from", "to"]

    /// The roles of `entry` (a `roles:` entry of `mapping`).
    static func roles(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping) throws(Diagnostic) -> [EditorialRole] {
        let items: [Node]
        switch entry.value {
        case .sequence(let sequence): items = Array(sequence)
        case .scalar, .mapping: items = [entry.value]
        case .alias: throw problem("`roles` should be a list", entry: entry, in: mapping, node: nil)
        }
        return try items.map { (item: Node) throws(Diagnostic) -> EditorialRole in try role(item, entry: entry, in: mapping) }
    }

    /// One role of the list.
    private static func role(_ item: Node, entry: YAMLMapping.Entry, in mapping: YAMLMapping) throws(Diagnostic) -> EditorialRole {
        switch item {
        case .scalar(let scalar):
            let title = scalar.string.trimmingASCIIWhitespace()
            guard !title.isEmpty else { throw problem("a role has no title", entry: entry, in: mapping, node: item) }
            return EditorialRole(title: title)
        case .mapping(let fields):
            var title = "", from: Int?, to: Int?
            for (key, value) in fields {
                let name = key.string ?? ""
                let text = (value.string ?? "").trimmingASCIIWhitespace()
                switch name {
                case "title": title = text
                case "from": from = try year(text, key: name, entry: entry, in: mapping, node: value)
                case "to":
                    to = ["present", "now", "current", ""].contains(text.lowercased()) ? nil
                        : try year(text, key: name, entry: entry, in: mapping, node: value)
                default:
                    let guess = KeySuggestion.closest(to: name, among: knownKeys).map { "; did you mean `\($0)`?" } ?? ""
                    throw problem("a role has an unknown key `\(name)`" + guess, entry: entry, in: mapping, node: key,
                                  hint: "Write each role as `{title: President of Ukraine, from: 2019}`, with `to: 2024` once it ended.")
                }
            }
            guard !title.isEmpty else { throw problem("a role has no `title`", entry: entry, in: mapping, node: item) }
            if let from, let to, to < from {
                throw problem("the role `\(title)` ends (\(to)) before it begins (\(from))", entry: entry, in: mapping, node: item)
            }
            return EditorialRole(title: title, from: from, to: to)
        default:
            throw problem("each role should be a title or `{title, from, to}`", entry: entry, in: mapping, node: item)
        }
    }

    /// The year of `text`: `2019`, or the year of `2019-05` or `2019-05-20`.
    private static func year(_ text: String, key: String, entry: YAMLMapping.Entry, in mapping: YAMLMapping,
                             node: Node) throws(Diagnostic) -> Int {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = text.dropFirst(digits.count)
        guard digits.count == 4, let year = Int(digits), rest.isEmpty || rest.first == "-" else {
            throw problem("`\(key): \(text)` is not a year", entry: entry, in: mapping, node: node,
                          hint: "Give the year, e.g. `\(key): 2019` (or a date, 2019-05-20).")
        }
        return year
    }

    private static func problem(_ message: String, entry: YAMLMapping.Entry, in mapping: YAMLMapping, node: Node?,
                                hint: String = "Write `roles:` as a list of titles or `{title: …, from: YEAR, to: YEAR}`.") -> Diagnostic {
        let line = node.flatMap(mapping.line(of:)) ?? entry.line
        return Diagnostic(file: mapping.file, line: max(entry.line, line), message: message, hint: hint)
    }
}
