/// Cuts the term index into shards whose JSON stays within a byte budget: words in order, each shard
/// filled until the next posting would not fit, a word too large for the room left continued in the
/// next shard. The same index always gives the same shards.
enum SearchShards {
    /// The smallest budget: room for the longest word with one posting, and more.
    static let minimumBudget = 1_000

    /// The shards of `index`, each at most `budget` bytes of compact JSON (at least ``minimumBudget``).
    static func cut(_ index: SearchTermIndex, budget: Int) -> [SearchShard] {
        var builder = Builder(budget: max(budget, minimumBudget))
        for term in index.terms { builder.add(term) }
        return builder.finish()
    }

    /// A run of one word's postings, encoded (``SearchPostingCode``).
    private struct Piece {
        var code: [UInt8] = []
        var previous: Int?

        /// Bytes of the JSON string: the code and its quotes.
        var size: Int { code.count + 2 }
        var isEmpty: Bool { previous == nil }

        /// The bytes `posting` would add.
        func cost(of posting: SearchPosting) -> Int {
            SearchPostingCode.length(of: SearchPostingCode.value(of: posting, after: previous))
        }

        mutating func add(_ posting: SearchPosting) {
            SearchPostingCode.append(SearchPostingCode.value(of: posting, after: previous), to: &code)
            previous = posting.entry
        }
    }

    /// The shards made so far and the one being filled.
    private struct Builder {
        let budget: Int
        var shards: [SearchShard] = []
        var words: [String] = []
        var postings: [String] = []
        /// Bytes of the shard being filled, as `{"words":[…],"postings":[…]}`.
        var size = Builder.emptySize

        static let emptySize = #"{"words":[],"postings":[]}"#.utf8.count

        init(budget: Int) {
            self.budget = budget
        }

        /// Adds `term`'s postings, closing full shards on the way.
        mutating func add(_ term: SearchTermIndex.Term) {
            let wordSize = JSONText.string(term.word).utf8.count
            var piece = Piece()
            for posting in term.postings {
                if !fits(wordSize: wordSize, pieceSize: piece.size + piece.cost(of: posting)) {
                    if !piece.isEmpty { append(term.word, piece, wordSize: wordSize) }
                    close()
                    piece = Piece()
                }
                piece.add(posting)
            }
            if !piece.isEmpty { append(term.word, piece, wordSize: wordSize) }
        }

        /// Whether a record of the word and a piece of these sizes fits in the shard being filled.
        func fits(wordSize: Int, pieceSize: Int) -> Bool {
            let commas = words.isEmpty ? 0 : 2
            return size + wordSize + pieceSize + commas <= budget
        }

        mutating func append(_ word: String, _ piece: Piece, wordSize: Int) {
            size += wordSize + piece.size + (words.isEmpty ? 0 : 2)
            words.append(word)
            postings.append(String(decoding: piece.code, as: UTF8.self))
        }

        /// Ends the shard being filled, if it holds anything.
        mutating func close() {
            guard let first = words.first else { return }
            shards.append(SearchShard(firstWord: first, words: words, postings: postings))
            words = []
            postings = []
            size = Self.emptySize
        }

        mutating func finish() -> [SearchShard] {
            close()
            return shards
        }
    }
}
