/// Values for the mentions of one paragraph, by mention number (mentions are numbered across the
/// article, and a paragraph's are consecutive): an array read where a `Dictionary<Int, _>` per
/// paragraph had to be built and hashed. Reads like a dictionary: `table[m]` is nil for a mention
/// of another paragraph.
struct MentionTable<Value: Sendable>: Sendable {
    /// The first mention number held.
    private let base: Int
    /// Per mention number from `base`, its value or nil.
    private let values: [Value?]

    /// The table of `pairs` (mention number, value); a later pair for the same mention wins.
    init<S: Sequence>(_ pairs: S) where S.Element == (Int, Value) {
        var low = Int.max, high = Int.min
        for (m, _) in pairs {
            low = min(low, m)
            high = max(high, m)
        }
        guard low <= high else {
            base = 0
            values = []
            return
        }
        var values = [Value?](repeating: nil, count: high - low + 1)
        for (m, value) in pairs { values[m - low] = value }
        self.base = low
        self.values = values
    }

    /// The value of mention `m`, or nil.
    subscript(m: Int) -> Value? {
        let i = m - base
        return i >= 0 && i < values.count ? values[i] : nil
    }
}
