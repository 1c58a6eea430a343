/// Finds temporal expressions in a text: tries the patterns that can start at each token, keeps the longest match,
/// then widens it over modifiers ("early", "late", "mid-", "the end of").
enum TimexRecognizer {
    /// A pattern: the match starting at a token, as the index after it and its meaning.
    typealias Pattern = @Sendable (TokenStream, Int) -> (end: Int, meaning: TimexMeaning, type: TimexType)?

    /// Every pattern, in no particular order: the longest match wins, the earlier pattern on ties.
    static let patterns: [Pattern] = TimexPatternStarts.entries.map(\.pattern)

    /// The temporal expressions of `tokens`, in text order, not overlapping.
    static func recognize(_ tokens: TokenStream) -> [RecognizedTimex] {
        let dispatch = dispatch
        var found: [RecognizedTimex] = []
        var index = 0
        while index < tokens.count {
            guard let match = longestMatch(tokens, at: index, dispatch) else { index += 1; continue }
            let start = widenedStart(tokens, match.start, floor: found.last?.tokens.upperBound ?? 0)
            found.append(RecognizedTimex(tokens: start..<match.end, meaning: match.meaning, type: match.type))
            index = match.end
        }
        return found
    }

    private static func longestMatch(_ tokens: TokenStream, at index: Int, _ dispatch: Dispatch)
        -> (start: Int, end: Int, meaning: TimexMeaning, type: TimexType)? {
        guard let list = dispatch.list(at: index, in: tokens) else { return nil }
        if let next = dispatch.lists[list].next, !dispatch.followers[next].admits(tokens, index + 1) { return nil }
        var best: (start: Int, end: Int, meaning: TimexMeaning, type: TimexType)?
        for pattern in dispatch.lists[list].patterns {
            if let match = pattern(tokens, index), match.end > (best?.end ?? index) {
                best = (index, match.end, match.meaning, match.type)
            }
        }
        return best
    }

    /// The patterns that can start at a token, in the order of ``patterns``, and the tokens that must
    /// follow it for any of them to match (an index into ``Dispatch/followers``; nil: any).
    struct Candidates: Sendable {
        let patterns: [Pattern]
        let next: Int?
    }

    /// The candidate patterns of every kind of token, read once per text.
    struct Dispatch: Sendable {
        /// Candidate lists: the first for all-digit tokens, the second for words that start with a digit,
        /// then one per start word.
        let lists: [Candidates]
        /// Each start word's list.
        let byWord: WordTable<Int>
        /// The shapes of the start words.
        let shapes: WordShapeSet
        /// The tokens that can follow a start word with a ``Candidates/next``.
        let followers: [TokenFilter]

        /// The candidate list for the token at `index`, or nil when no pattern can start there.
        func list(at index: Int, in tokens: TokenStream) -> Int? {
            switch tokens.tokens[index].kind {
            case .number: return 0
            case .punctuation: return nil
            case .word:
                if tokens.tokens[index].startsWithDigit { return 1 }
                guard shapes.mayContain(tokens.tokens[index].shape) else { return nil }
                return byWord[tokens.tokens[index].lower]
            }
        }
    }

    /// The patterns to try at the token at `index`, or nil when none can start there (see ``TimexPatternStarts``).
    static func candidates(at index: Int, in tokens: TokenStream) -> Candidates? {
        dispatch.list(at: index, in: tokens).map { dispatch.lists[$0] }
    }

    static let dispatch: Dispatch = {
        let entries = TimexPatternStarts.entries
        let words = Array(Set(entries.flatMap { Array($0.start.words) }))
        let followerWords = Array(TimexPatternStarts.followers.keys)
        var lists = [
            Candidates(patterns: entries.filter { $0.start.numbers }.map(\.pattern), next: nil),
            Candidates(patterns: entries.filter { $0.start.digitWords }.map(\.pattern), next: nil),
        ]
        for word in words {
            lists.append(Candidates(patterns: entries.filter { $0.start.words.contains(word) }.map(\.pattern),
                                    next: followerWords.firstIndex(of: word)))
        }
        return Dispatch(lists: lists, byWord: WordTable(words.enumerated().map { ($1, $0 + 2) }), shapes: WordShapeSet(words),
                        followers: followerWords.map { TimexPatternStarts.followers[$0]! })
    }()

    /// Modifiers written before an expression that belong to it: "early", "late", "mid-", "fiscal",
    /// "earlier", "later", "the end of", "the beginning of", "the middle of".
    static func widenedStart(_ tokens: TokenStream, _ start: Int, floor: Int) -> Int {
        var start = start
        if start - 1 >= floor, tokens.joinedPunctuation(start, "-") == false, tokens[start - 1]?.isPunctuation("-") == true,
           tokens.word(start - 2) == "mid" {
            return start - 2
        }
        if let word = tokens.word(start - 1), start - 1 >= floor,
           widening.contains(word) {
            start -= 1
        }
        if start - 3 >= floor, tokens.word(start - 1) == "of", tokens.word(start - 3) == "the",
           let noun = tokens.word(start - 2), partNouns.contains(noun) {
            start -= 3
        }
        return start
    }

    /// Modifiers right before an expression that widen it.
    static let widening: WordSet = ["early", "late", "mid", "fiscal", "earlier", "later"]

    /// "the end of", "the beginning of": nouns for a part of a period.
    static let partNouns: WordSet = ["end", "beginning", "start", "middle", "turn"]
}
