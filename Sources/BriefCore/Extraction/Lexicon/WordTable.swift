/// A constant table from words to values for the hot look-ups of extraction: keys are hashed and
/// compared as UTF-8 bytes (a multiply-fold hash, open addressing), which costs a fraction of `Dictionary<String, _>`'s
/// seeded SipHash and Unicode-aware comparison. A word with non-ASCII bytes that misses is looked up
/// once more by `String` equality, so canonically equivalent spellings still match as they did.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// Per slot, the key's hash tag (high 16 bits) and entry index + 1 (low 16 bits); 0 marks an
    /// empty slot. The count is a power of two, at least four times the entries, so that a miss (most
    /// look-ups) usually ends at the first slot; still small enough to stay in cache.
    private let slots: [UInt32]
    /// The keys' UTF-8 bytes, one after another.
    private let keyBytes: [UInt8]
    /// Entry `i`'s key is `keyBytes[keyStarts[i]..<keyStarts[i + 1]]`.
    private let keyStarts: [Int32]
    /// The entries' values, by entry index.
    private let values: [Value]
    /// The keys in entry order.
    let keys: [String]
    /// Every key's entry, for the look-up by `String` equality of non-ASCII words.
    private let byString: [String: Int]
    /// Whether every key is ASCII apart from marks U+2002–U+203F (see ``plainBytes(_:)``).
    private let plainKeys: Bool

    /// A table of `pairs`; a later pair with the same key replaces the earlier value.
    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        var index: [String: Int] = [:]
        var keys: [String] = []
        var values: [Value] = []
        for (key, value) in pairs {
            if let existing = index[key] { values[existing] = value; continue }
            index[key] = keys.count
            keys.append(key)
            values.append(value)
        }
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        for key in keys {
            bytes.append(contentsOf: key.utf8)
            starts.append(Int32(bytes.count))
        }
        precondition(keys.count < 0xFFFF, "a word table holds fewer than 65535 words")
        var capacity = 8
        while capacity < keys.count * 4 { capacity *= 2 }
        var slots = [UInt32](repeating: 0, count: capacity)
        var plain = true
        // Each key is hashed and tested from its bytes in `bytes`, without copying it to an array.
        bytes.withUnsafeBufferPointer { all in
            for entry in keys.indices {
                let key = UnsafeBufferPointer(rebasing: all[Int(starts[entry])..<Int(starts[entry + 1])])
                let mixed = Self.hash(key).hash
                var slot = Int(truncatingIfNeeded: mixed) & (capacity - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = UInt32(truncatingIfNeeded: mixed >> 48) << 16 | UInt32(entry + 1)
                if plain && !Self.plainBytes(key) { plain = false }
            }
        }
        self.slots = slots
        self.keyBytes = bytes
        self.keyStarts = starts
        self.values = values
        self.keys = keys
        self.byString = index
        self.plainKeys = plain
    }

    /// Whether `bytes` are ASCII apart from characters U+0080–U+017F (Latin-1 and Latin Extended-A,
    /// bytes C2–C5 and one more) and marks U+2002–U+203F (such as ’ “ ” —, bytes E2 80 82–BF). Each
    /// of those characters is its own normalization form C (none is a combining mark, and none
    /// composes with what comes before it), so such a string is in form C; two strings in form C are
    /// canonically equivalent only when their bytes are equal: a byte miss needs no look-up by
    /// `String` equality when the word and every key are plain.
    @inline(__always)
    private static func plainBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 { i += 1; continue }
            if byte >= 0xC2 && byte <= 0xC5 {
                guard i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80 else { return false }
                i += 2
                continue
            }
            guard byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] >= 0x82, bytes[i + 2] <= 0xBF else {
                return false
            }
            i += 3
        }
        return true
    }

    init(dictionaryLiteral pairs: (String, Value)...) {
        self.init(pairs)
    }

    /// The number of entries.
    var count: Int { keys.count }

    /// The value for `word`, or nil.
    @inline(__always)
    subscript(_ word: String) -> Value? {
        entry(of: word).map { values[$0] }
    }

    /// The entry index of `word`, or nil. Inlined where it is used, so that the byte look-up is not
    /// a closure called through a pointer.
    @inline(__always)
    func entry(of word: String) -> Int? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ bytes -> (entry: Int?, plain: Bool) in
            let found = entry(bytes: bytes)
            return (found.entry, found.ascii || (found.entry == nil && plainKeys && Self.plainBytes(bytes)))
        }) {
            if let entry = found.entry { return entry }
            return found.plain ? nil : slowEntry(of: word)
        }
        return slowEntry(of: word)
    }

    /// The entry whose key is the ASCII bytes `bytes`, or nil: for ASCII words a byte miss is a miss
    /// (the check by `String` equality of ``entry(of:)`` only matters for other bytes). The caller
    /// makes sure every byte is below 0x80.
    @inline(__always)
    func entry(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        entry(bytes: bytes).entry
    }

    /// The key of entry `entry` (as given, so that it can stand for an equal word without building it).
    @inline(__always)
    func key(at entry: Int) -> String { keys[entry] }

    /// The value of entry `entry`.
    @inline(__always)
    func value(at entry: Int) -> Value { values[entry] }

    /// The look-up by `String` equality (canonical equivalence), for words whose bytes are not a key's.
    private func slowEntry(of word: String) -> Int? { byString[word] }

    /// The entry whose key is `bytes`, and whether `bytes` are all ASCII.
    @inline(__always)
    private func entry(bytes: UnsafeBufferPointer<UInt8>) -> (entry: Int?, ascii: Bool) {
        let (mixed, ascii) = Self.hash(bytes)
        let tag = UInt32(truncatingIfNeeded: mixed >> 48)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: mixed) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let stored = slots[slot]
                if stored == 0 { return (nil, ascii) }
                if stored >> 16 == tag, let entry = matching(Int(stored & 0xFFFF) - 1, bytes) {
                    return (entry, ascii)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// `entry` when its key's bytes are `bytes`.
    @inline(__always)
    private func matching(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let start = Int(keyStarts[entry])
        guard Int(keyStarts[entry + 1]) - start == bytes.count else { return nil }
        return keyBytes.withUnsafeBufferPointer { keys in
            var i = 0
            while i < bytes.count {
                if keys[start + i] != bytes[i] { return nil }
                i += 1
            }
            return entry
        }
    }

    /// A hash of `bytes` (read eight at a time, each word folded in with one multiply) whose low bits
    /// (the slot) and high bits (the tag) both vary, and whether the bytes are all ASCII. The bytes are
    /// read with whole-word loads, not one by one: the last 1 to 7 bytes as two overlapping 4-byte loads,
    /// or as their first, middle and last byte (every byte is read, so the ASCII test sees them all).
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, ascii: Bool) {
        let count = bytes.count
        var hash = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        var high: UInt64 = 0
        if let base = bytes.baseAddress, count > 0 {
            let raw = UnsafeRawPointer(base)
            var i = 0
            while count - i >= 8 {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                high |= word
                hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
                i += 8
            }
            let rest = count - i
            if rest > 0 {
                let word: UInt64
                if rest >= 4 {
                    word = UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                        | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
                } else {
                    word = UInt64(base[i]) | UInt64(base[i + (rest >> 1)]) << 8 | UInt64(base[count - 1]) << 16
                }
                high |= word
                hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
            }
        }
        hash = (hash ^ (hash >> 29)) &* 0x94D0_49BB_1331_11EB
        return (hash ^ (hash >> 32), high & 0x8080_8080_8080_8080 == 0)
    }
}

/// A constant set of words with the byte-keyed look-up of ``WordTable``.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    /// The set of `words`.
    init<S: Sequence>(_ words: S) where S.Element == String {
        table = WordTable(words.lazy.map { ($0, true) })
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is in the set.
    @inline(__always)
    func contains(_ word: String) -> Bool { table.entry(of: word) != nil }

    /// The number of words.
    var count: Int { table.count }

    /// Whether the set has no words.
    var isEmpty: Bool { table.count == 0 }

    func makeIterator() -> IndexingIterator<[String]> { table.keys.makeIterator() }
}
