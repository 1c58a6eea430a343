/// The content words of an event's text — lower-cased words of four letters or more, stop words left
/// out — as what ``EventMerger`` compares: each word's 64-bit hash, sorted, once. Comparing and
/// joining two sets is then a walk over two sorted lists, and reading a text makes no strings for its
/// ASCII words (two different words sharing a hash is a chance of one in 2⁶⁴ per pair).
struct ContentWords: Equatable, Sendable {
    /// The words' hashes, ascending, each once.
    private(set) var hashes: [UInt64]

    /// How many different words there are.
    var count: Int { hashes.count }

    /// The words of `words`, already read (``EventMerger/unicodeContentWords(_:)``).
    init<S: Sequence<String>>(_ words: S) {
        self.init(sorting: words.map { Self.hash($0.utf8) })
    }

    /// The set of the given hashes, in any order, possibly repeated.
    private init(sorting hashes: [UInt64]) {
        var sorted = hashes.sorted()
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        self.hashes = sorted
    }

    /// The content words of `text`: ASCII runs read byte by byte, runs with other characters
    /// character by character. Both split at every ASCII byte that is neither a letter nor a digit
    /// and lower-case one character at a time, so reading run by run finds the words
    /// ``EventMerger/unicodeContentWords(_:)`` finds in the whole text.
    init(text: String) {
        var text = text
        var found: [UInt64] = []
        text.withUTF8 { bytes in
            var runStart = 0
            var hasNonASCII = false
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : 0x20
                if byte >= 0x80 {
                    hasNonASCII = true
                } else if !Self.isASCIIWordByte(byte) {
                    if index > runStart {
                        Self.addWords(of: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), nonASCII: hasNonASCII, to: &found)
                    }
                    runStart = index + 1
                    hasNonASCII = false
                }
            }
        }
        self.init(sorting: found)
    }

    /// How many words the two sets share.
    func sharedCount(with other: ContentWords) -> Int {
        var count = 0
        var left = 0, right = 0
        while left < hashes.count && right < other.hashes.count {
            let a = hashes[left], b = other.hashes[right]
            if a == b { count += 1; left += 1; right += 1 } else if a < b { left += 1 } else { right += 1 }
        }
        return count
    }

    /// The words of both sets.
    func union(_ other: ContentWords) -> ContentWords {
        var merged: [UInt64] = []
        merged.reserveCapacity(hashes.count + other.hashes.count)
        var left = 0, right = 0
        while left < hashes.count || right < other.hashes.count {
            if right == other.hashes.count || (left < hashes.count && hashes[left] < other.hashes[right]) {
                merged.append(hashes[left]); left += 1
            } else if left == hashes.count || other.hashes[right] < hashes[left] {
                merged.append(other.hashes[right]); right += 1
            } else {
                merged.append(hashes[left]); left += 1; right += 1
            }
        }
        var words = self
        words.hashes = merged
        return words
    }

    /// Adds the hashes of the content words of one run of bytes between ASCII separators.
    private static func addWords(of run: UnsafeBufferPointer<UInt8>, nonASCII: Bool, to found: inout [UInt64]) {
        if nonASCII {
            found += EventMerger.unicodeContentWords(String(decoding: run, as: UTF8.self)).map { hash($0.utf8) }
        } else if run.count >= 4 {
            let hash = hash(run.lazy.map { $0 &- 0x41 < 26 ? $0 + 0x20 : $0 })
            if !stopWordHashes.contains(hash) { found.append(hash) }
        }
    }

    /// Whether `byte` is an ASCII letter or digit.
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// The 64-bit FNV-1a hash of a word's bytes, mixed at the end so that its high bits vary too.
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash = (hash ^ (hash >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        return hash ^ (hash >> 33)
    }

    /// The hashes of the stop words, for the ASCII reading (the other finds them as strings).
    private static let stopWordHashes = Set(TemporalLexicon.eventStopWords.map { hash($0.utf8) })
}
