/// Builds the lexicons' constant tables from white-space-separated literals.
enum WordList {
    /// The words of `text` (split on spaces and line breaks) as a set; split on the UTF-8 bytes, not
    /// on Characters, which costs a grapheme break test per character.
    static func set(_ text: String) -> WordSet {
        WordSet(text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map { String(decoding: $0, as: UTF8.self) })
    }

    /// The phrases of `text` (separated by `|` and line breaks, spaces inside kept) as a set.
    static func phrases(_ text: String) -> WordSet {
        WordSet(text.utf8.split(whereSeparator: { $0 == 0x7C || $0 == 0x0A }).map {
            String(decoding: $0, as: UTF8.self).trimmingASCIIWhitespace()
        }.filter { !$0.isEmpty })
    }

    /// A table from `key=value` pairs separated by `|` (keys may hold spaces): "french=France|u.s.=United States".
    static func table(_ text: String) -> WordTable<String> {
        var out: [(String, String)] = []
        for pair in text.utf8.split(whereSeparator: { $0 == 0x7C || $0 == 0x0A }) {
            let parts = pair.split(separator: 0x3D, maxSplits: 1)
            guard parts.count == 2 else { continue }
            out.append((String(decoding: parts[0], as: UTF8.self).trimmingASCIIWhitespace(),
                        String(decoding: parts[1], as: UTF8.self).trimmingASCIIWhitespace()))
        }
        return WordTable(out)
    }
}
