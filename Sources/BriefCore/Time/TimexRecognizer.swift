/// Finds temporal expressions in a text: tries the patterns that can start at each token, keeps the longest match,
/// then widens it over modifiers ("early", "late", "mid-", "the end of").
enum TimexRecognizer {
    /// A pattern: the match starting at a token, as the index after it and its meaning.
    typealias Pattern = @Sendable (TokenStream, Int) -> (end: Int, meaning: TimexMeaning, type: TimexType)?

    /// Every pattern, in no particular order: the longest match wins, the earlier pattern on ties.
    static let patterns: [Pattern] = TimexPatternStarts.entries.map(\.pattern)

    /// The temporal expressions of `tokens`, in text order, not overlapping.
    static func recognize(_ tokens: TokenStream) -> [RecognizedTimex] {
        var found: [RecognizedTimex] = []
        var index = 0
        while index < tokens.count {
            guard let match = longestMatch(tokens, at: index) else { index += 1; continue }
            let start = widenedStart(tokens, match.start, floor: found.last?.tokens.upperBound ?? 0)
            found.append(RecognizedTimex(tokens: start..<match.end, meaning: match.meaning, type: match.type))
            index = match.end
        }
        return found
    }

    private static func longestMatch(_ tokens: TokenStream, at index: Int)
        -> (start: Int, end: Int, meaning: TimexMeaning, type: TimexType)? {
        guard let token = tokens[index], let candidates = candidates(at: token) else { return nil }
        if let next = candidates.next, !next.admits(tokens[index + 1]) { return nil }
        var best: (start: Int, end: Int, meaning: TimexMeaning, type: TimexType)?
        for pattern in candidates.patterns {
            if let match = pattern(tokens, index), match.end > (best?.end ?? index) {
                best = (index, match.end, match.meaning, match.type)
            }
        }
        return best
    }

    /// The patterns that can start at a token, in the order of ``patterns``, and the tokens that must
    /// follow it for any of them to match (nil: any).
    struct Candidates: Sendable {
        let patterns: [Pattern]
        let next: TokenFilter?
    }

    /// The patterns to try at `token`, or nil when none can start there (see ``TimexPatternStarts``).
    static func candidates(at token: TimexToken) -> Candidates? {
        switch token.kind {
        case .number: return numberCandidates
        case .punctuation: return nil
        case .word: return token.startsWithDigit ? digitWordCandidates : candidatesByWord[token.lower]
        }
    }

    /// The patterns that can start at an all-digit token.
    static let numberCandidates = Candidates(patterns: TimexPatternStarts.entries.filter { $0.start.numbers }.map(\.pattern), next: nil)
    /// The patterns that can start at a word beginning with a digit.
    static let digitWordCandidates = Candidates(patterns: TimexPatternStarts.entries.filter { $0.start.digitWords }.map(\.pattern), next: nil)

    /// Every word a pattern can start with, with its candidates.
    static let candidatesByWord: WordTable<Candidates> = {
        let words = Set(TimexPatternStarts.entries.flatMap { Array($0.start.words) })
        return WordTable(words.map { word in
            (word, Candidates(patterns: TimexPatternStarts.entries.filter { $0.start.words.contains(word) }.map(\.pattern),
                              next: TimexPatternStarts.followers[word]))
        })
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
