/// Which way from the article's date an expression without a year or relative word points, judged
/// from the nearest tense cue in its sentence: "met on Monday" looks back, "will meet on Monday" ahead.
enum TenseDirection: Sendable, Hashable {
    case past, future, unknown

    /// The direction for the expression covering `timex`, reading cues between `sentence.lowerBound` and
    /// `sentence.upperBound`: the nearest cue before it wins, then the nearest after it.
    static func of(_ timex: Range<Int>, in tokens: TokenStream, sentence: Range<Int>) -> TenseDirection {
        var index = timex.lowerBound - 1
        while index >= sentence.lowerBound && index >= timex.lowerBound - 15 {
            let cue = cue(tokens, at: index)
            if cue != .unknown { return cue }
            index -= 1
        }
        index = timex.upperBound
        while index < sentence.upperBound && index < timex.upperBound + 8 {
            let cue = cue(tokens, at: index)
            if cue != .unknown { return cue }
            index += 1
        }
        return .unknown
    }

    /// The tense a single token signals.
    static func cue(_ tokens: TokenStream, at index: Int) -> TenseDirection {
        guard let word = tokens.word(index) else { return .unknown }
        // Most words are in no list: their shape rules them out without a look-up.
        let role = roleShapes.mayContain(tokens.tokens[index].shape) ? roles[word] ?? [] : []
        if role.contains(.future) { return .future }
        if role.contains(.contraction), tokens[index - 1]?.kind == .punctuation { return .future }
        if role.contains(.beforeTo), tokens.word(index + 1) == "to" { return .future }
        if role.contains(.beforeFor), tokens.word(index + 1) == "for" { return .future }
        let looksPast = role.contains(.past) || (word.utf8.count > 4 && word.hasASCIISuffix("ed") && !role.contains(.notPast))
        // A participle after "be" ("will be held") takes its tense from the auxiliary before it.
        if looksPast, let previous = tokens.word(index - 1), TemporalLexicon.beNonFinite.contains(previous) { return .unknown }
        if looksPast { return .past }
        return .unknown
    }

    /// What a word can signal, by the lists below.
    struct Role: OptionSet, Sendable {
        let rawValue: UInt8
        static let future = Role(rawValue: 1)
        static let past = Role(rawValue: 4)
        static let notPast = Role(rawValue: 8)
        /// "ll" ("we'll"): the future after an apostrophe.
        static let contraction = Role(rawValue: 16)
        /// The future before "to": intentions, "going", "is", "are".
        static let beforeTo = Role(rawValue: 32)
        /// The future before "for": "set".
        static let beforeFor = Role(rawValue: 64)
    }

    /// The shapes of the words of ``roles``.
    private static let roleShapes = WordShapeSet(roles.keys)

    /// Every listed word with its roles: one look-up per token instead of one per list.
    private static let roles: WordTable<Role> = {
        var roles: [String: Role] = [:]
        let lists = [(TemporalLexicon.futureWords, Role.future), (TemporalLexicon.intentionWords + TemporalLexicon.goingToWords, .beforeTo),
                     (TemporalLexicon.pastWords, .past), (TemporalLexicon.notPastWords, .notPast), (["ll"], .contraction), (["set"], .beforeFor)]
        for (list, role) in lists {
            for word in list { roles[word, default: []].insert(role) }
        }
        return WordTable(roles.map { ($0.key, $0.value) })
    }()
}
