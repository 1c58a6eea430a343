/// Values for the mentions of one paragraph, by mention number (mentions are numbered across the
/// article, and a paragraph's are consecutive): an array read where a `Dictionary<Int, _>` per
/// paragraph had to be built and hashed. Reads like a dictionary: `table[m]` is nil for a mention
/// of another paragraph.
struct MentionTable<Value: Sendable>: Sendable {
    /// The first mention number held.
    private let base: Int
    /// Per mention number from `base`, its value or nil.
    private let values: [Value?]

    /// The table whose mention `base + i` has `values[i]`.
    init(base: Int, values: [Value?]) {
        self.base = base
        self.values = values
    }

    /// The value of mention `m`, or nil.
    subscript(m: Int) -> Value? {
        let i = m - base
        return i >= 0 && i < values.count ? values[i] : nil
    }
}
