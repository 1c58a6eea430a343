/// Finds temporal expressions in a text: tries every pattern at each token, keeps the longest match,
/// then widens it over modifiers ("early", "late", "mid-", "the end of").
enum TimexRecognizer {
    /// A pattern: the match starting at a token, as the index after it and its meaning.
    typealias Pattern = @Sendable (TokenStream, Int) -> (end: Int, meaning: TimexMeaning, type: TimexType)?

    /// Every pattern, in no particular order: the longest match wins, the earlier pattern on ties.
    static let patterns: [Pattern] = [
        AbsoluteDatePatterns.isoDate, AbsoluteDatePatterns.numericDate, AbsoluteDatePatterns.monthDate,
        AbsoluteDatePatterns.dayMonth, AbsoluteDatePatterns.year, AbsoluteDatePatterns.decade,
        RelativeDatePatterns.weekday, RelativeDatePatterns.dayWord, RelativeDatePatterns.relativeUnit,
        RelativeDatePatterns.quarter, RelativeDatePatterns.recentQuarter, RelativeDatePatterns.season,
        RelativeDatePatterns.shift, RelativeDatePatterns.reference, RelativeDatePatterns.holiday,
        DurationPatterns.duration, DurationPatterns.hyphenatedDuration, DurationPatterns.frequency,
        ClockTimePatterns.clock,
    ]

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
        var best: (start: Int, end: Int, meaning: TimexMeaning, type: TimexType)?
        for pattern in candidates {
            if let match = pattern(tokens, index), match.end > (best?.end ?? index) {
                best = (index, match.end, match.meaning, match.type)
            }
        }
        return best
    }

    /// The patterns to try at `token`, or nil when none can start there: all of them at a number, those
    /// of a word of the lexicon (one table lookup instead of every pattern at every token).
    static func candidates(at token: TimexToken) -> [Pattern]? {
        switch token.kind {
        case .number: return patterns
        case .punctuation: return nil
        case .word:
            if let first = token.lower.utf8.first, (0x30...0x39).contains(first) { return patterns }
            return patternsByTrigger[token.lower]
        }
    }

    /// Every trigger word with the patterns to try at it: the narrowed ones or all of them.
    static let patternsByTrigger = WordTable<[Pattern]>(triggerWords.map { ($0, narrowedPatterns[$0] ?? patterns) })

    /// For frequent words that start few patterns, those patterns, in the order of ``patterns``: "the",
    /// "a" and "an" open a great many tokens, but every other pattern returns nil at them (checked by
    /// `TimexRecognizerTests.narrowedPatternsMatchAllPatterns`).
    static let narrowedPatterns: WordTable<[Pattern]> = {
        let the: [Pattern] = [
            AbsoluteDatePatterns.dayMonth, AbsoluteDatePatterns.decade, RelativeDatePatterns.relativeUnit,
            RelativeDatePatterns.quarter, RelativeDatePatterns.recentQuarter, RelativeDatePatterns.season,
            RelativeDatePatterns.reference, DurationPatterns.duration,
        ]
        let article: [Pattern] = [RelativeDatePatterns.shift, DurationPatterns.duration]
        return ["the": the, "a": article, "an": article, "at": [RelativeDatePatterns.reference]]
    }()

    /// Every word a pattern can start with.
    static let triggerWords: WordSet = {
        var words = Set(TemporalLexicon.months.keys).union(TemporalLexicon.weekdays.keys).union(TemporalLexicon.numbers.keys)
            .union(TemporalLexicon.ordinals.keys).union(TemporalLexicon.units.keys).union(TemporalLexicon.seasons.keys)
            .union(TemporalLexicon.partsOfDay.keys).union(TemporalLexicon.frequencies.keys)
            .union(TemporalLexicon.references.keys).union(TemporalLexicon.vagueQuantities)
        for holiday in Array(TemporalLexicon.holidays.keys) + Array(TemporalLexicon.weekdayHolidays.keys) { words.insert(String(holiday.prefix { $0 != " " && $0 != "'" })) }
        words.formUnion(["the", "last", "next", "this", "past", "coming", "previous", "current", "recent", "these", "at",
                         "every", "each", "today", "yesterday", "tomorrow", "tonight", "annual", "midnight", "q1", "q2", "q3", "q4"])
        return WordSet(words)
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
