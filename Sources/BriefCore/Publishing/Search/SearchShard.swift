/// One fragment of the term index: a run of consecutive words (in ``SearchTermIndex`` order) with their
/// postings, as `{"words": ["macron", "made", …], "postings": ["C4A", "1", …]}` (``SearchPostingCode``).
/// A word with more postings than fit in one shard continues in the next ones, so a shard starts with
/// the word that the previous one ended with.
public struct SearchShard: Sendable {
    /// The shard's first word: the manifest lists it, so search.js knows which shards to load for a word.
    public let firstWord: String
    /// The words, in order.
    public let words: [String]
    /// Each word's postings, encoded.
    public let postings: [String]

    /// The shard as JSON.
    var json: JSONValue {
        .object([
            ("words", .array(words.map(JSONValue.string))),
            ("postings", .array(postings.map(JSONValue.string))),
        ])
    }
}
