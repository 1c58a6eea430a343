/// The word a misspelling most likely meant, among a short list of known words: the nearest by edit
/// distance (insertions, deletions, substitutions and swaps of two neighbouring letters each count
/// one), when it is near enough to be a slip — `biuld` → `build` — or the one word the typed one starts.
public enum SpellingSuggestion {
    /// The known word `typed` most likely meant, or nil when none is close.
    public static func closest(to typed: String, among known: [String]) -> String? {
        let word = Array(typed.lowercased())
        guard !word.isEmpty else { return nil }
        let starting = known.filter { $0.lowercased().hasPrefix(typed.lowercased()) }
        if starting.count == 1 { return starting[0] }
        let scored = known.map { (word: $0, distance: distance(word, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        let allowed = max(1, min(2, best.word.count / 3))
        return best.distance <= allowed ? best.word : nil
    }

    /// The optimal-string-alignment distance between `a` and `b`.
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return table[a.count][b.count]
    }
}
