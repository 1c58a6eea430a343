/// Every word of the entries with the entries it finds, words in the order `assets/search.js` compares
/// them (by UTF-16 code units, as JavaScript does), postings in entry order, each entry once per word.
public struct SearchTermIndex: Sendable {
    /// One word and the entries it finds.
    public struct Term: Sendable {
        /// The folded word (``SearchTerms``).
        public let word: String
        /// The entries, in order.
        public let postings: [SearchPosting]
    }

    /// The words, sorted.
    public let terms: [Term]

    /// The index of `entries`.
    public init(_ entries: some Collection<SearchEntry>) {
        var postings: [String: [SearchPosting]] = [:]
        for (number, entry) in entries.enumerated() {
            for (word, inHeading) in Self.words(of: entry) {
                postings[word, default: []].append(SearchPosting(entry: number, inHeading: inHeading))
            }
        }
        terms = postings.map { Term(word: $0.key, postings: $0.value) }
            .sorted { Self.precedes($0.word, $1.word) }
    }

    /// Whether `a` sorts before `b` in JavaScript's order of strings (UTF-16 code units).
    public static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf16.lexicographicallyPrecedes(b.utf16)
    }

    /// The entry's distinct words, each with whether the heading holds it.
    static func words(of entry: SearchEntry) -> [String: Bool] {
        var inHeading: [String: Bool] = [:]
        for word in entry.heading.flatMap(SearchTerms.words) { inHeading[word] = true }
        for word in entry.body.flatMap(SearchTerms.words) where inHeading[word] == nil { inHeading[word] = false }
        return inHeading
    }
}
