/// Builds the lexicons' constant tables from white-space-separated literals.
enum WordList {
    /// The words of `text` (split on spaces and line breaks) as a set.
    static func set(_ text: String) -> WordSet {
        WordSet(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    /// A table from `key=value` pairs separated by `|` (keys may hold spaces): "french=France|u.s.=United States".
    static func table(_ text: String) -> WordTable<String> {
        var out: [(String, String)] = []
        for pair in text.split(whereSeparator: { $0 == "|" || $0 == "\n" }) {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            out.append((String(parts[0]).trimmingASCIIWhitespace(), String(parts[1]).trimmingASCIIWhitespace()))
        }
        return WordTable(out)
    }
}
