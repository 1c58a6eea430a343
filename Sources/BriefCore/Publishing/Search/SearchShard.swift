/// One fragment of the term index: a run of consecutive words (in ``SearchTermIndex`` order) with their
/// postings, as `{"words": ["macron", "made", …], "postings": [[6, 2, 14], [1], …]}`. A word with more
/// postings than fit in one shard continues in the next ones, so a shard starts with the word
/// that the previous one ended with. Postings are numbers: the first `entry × 2 + heading`, each
/// next `(entry − previous entry) × 2 + heading`, so a common word costs a few bytes an entry.
public struct SearchShard: Sendable {
    /// The shard's first word: the manifest lists it, so search.js knows which shards to load for a word.
    public let firstWord: String
    /// The words, in order.
    public let words: [String]
    /// Each word's postings, encoded as above.
    public let postings: [[Int]]

    /// The shard as JSON.
    var json: JSONValue {
        .object([
            ("words", .array(words.map(JSONValue.string))),
            ("postings", .array(postings.map { .array($0.map(JSONValue.int)) })),
        ])
    }
}
