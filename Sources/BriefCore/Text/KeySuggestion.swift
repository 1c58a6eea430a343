/// The known name a mistyped one was probably meant to be, for "did you mean" hints: the closest by
/// edit distance (letters inserted, deleted, replaced or two swapped), case aside, when it is close
/// enough to be a typo rather than another word.
public enum KeySuggestion {
    /// The entry of `known` closest to `typed`, or nil when none is within a typo's distance (one edit
    /// for short names, two from five letters on).
    public static func closest(to typed: String, among known: [String]) -> String? {
        let word = Array(typed.lowercased().unicodeScalars)
        guard !word.isEmpty, word.count <= 64 else { return nil }
        let allowed = word.count >= 5 ? 2 : 1
        var best: (key: String, distance: Int)?
        for key in known {
            let distance = editDistance(word, Array(key.lowercased().unicodeScalars))
            if distance <= allowed, distance < (best?.distance ?? .max) { best = (key, distance) }
        }
        return best?.key
    }

    /// Optimal-string-alignment distance between `a` and `b`: Levenshtein plus adjacent swaps.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
