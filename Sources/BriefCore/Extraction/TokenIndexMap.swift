/// A map from a paragraph's token indices to small non-negative integers (mention numbers), stored
/// as one slot per token: a look-up is an array read, where a `Dictionary<Int, Int>` hashes the key
/// (the attribution rules look mentions up by token index many times per token). Reads like a
/// dictionary: `map[k]` is nil for an index with no value, also outside the paragraph; iterating
/// gives the pairs in index order.
struct TokenIndexMap: Sendable, Sequence {
    /// Per token index, the value + 1, or 0 for none.
    private var slots: [Int32]

    /// An empty map for a paragraph of `count` tokens.
    init(count: Int) {
        slots = [Int32](repeating: 0, count: count)
    }

    /// The value at token index `index`, or nil; setting a value past the paragraph's tokens is a
    /// programming error.
    subscript(index: Int) -> Int? {
        get {
            guard index >= 0, index < slots.count else { return nil }
            let stored = slots[index]
            return stored == 0 ? nil : Int(stored) - 1
        }
        set {
            slots[index] = newValue.map { Int32($0) + 1 } ?? 0
        }
    }

    /// The pairs (token index, value), in index order.
    func makeIterator() -> Iterator { Iterator(slots: slots) }

    /// Walks the pairs of a ``TokenIndexMap`` in index order.
    struct Iterator: IteratorProtocol {
        let slots: [Int32]
        var index = 0

        /// The next pair with a value, or nil at the end.
        mutating func next() -> (key: Int, value: Int)? {
            while index < slots.count {
                let k = index
                index += 1
                if slots[k] != 0 { return (key: k, value: Int(slots[k]) - 1) }
            }
            return nil
        }
    }
}
