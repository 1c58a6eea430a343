/// Patterns for lengths of time and recurrences: "two weeks", "the past three months",
/// "a three-and-a-half-year war", "for years", "daily", "every Monday".
enum DurationPatterns {
    /// "[the past|the next|the first] three days", "several years", "for years".
    static let duration: TimexRecognizer.Pattern = { tokens, index in
        var cursor = index
        if tokens.word(cursor) == "the" {
            cursor += 1
            if let word = tokens.word(cursor), TemporalLexicon.durationModifiers.contains(word) {
                cursor += 1
            }
        }
        if cursor == index, let unitWord = tokens.word(index), let unit = TemporalLexicon.units[unitWord],
           unitWord.hasSuffix("s"), unit != .weekend, let previous = tokens.word(index - 1),
           TemporalLexicon.durationLeadIns.contains(previous) {
            return (index + 1, .absolute(.duration(DurationParser.value(nil, unit))), .duration)
        }
        guard let (amount, afterAmount) = DurationParser.amount(in: tokens, at: cursor),
              let unitWord = tokens.word(afterAmount), let unit = TemporalLexicon.units[unitWord] else { return nil }
        if let amount, amount == 1, unitWord.hasSuffix("s") { return nil }
        if amount == nil || (amount ?? 0) > 1, !unitWord.hasSuffix("s"), unit != .century { return nil }
        // "37 years old" is an age, not a length of time in the story.
        if unit == .year, tokens.word(afterAmount + 1) == "old" { return nil }
        if isRate(tokens, before: cursor), tokens.word(cursor) == "a" || tokens.word(cursor) == "an" {
            return (afterAmount + 1, .absolute(.set(DurationParser.value(1, unit))), .set)
        }
        return (afterAmount + 1, .absolute(.duration(DurationParser.value(amount, unit))), .duration)
    }

    /// "a two-year term", "the 10-year bond", "a three-and-a-half-year war".
    static let hyphenatedDuration: TimexRecognizer.Pattern = { tokens, index in
        guard let (amount, afterAmount) = DurationParser.amount(in: tokens, at: index, allowArticle: false), let amount,
              tokens.joinedPunctuation(afterAmount, "-"), let unitWord = tokens.word(afterAmount + 1),
              let unit = TemporalLexicon.units[unitWord], !unitWord.hasSuffix("s") else { return nil }
        // "a 45-year-old" is an age, not a duration of the text's events.
        if tokens.joinedPunctuation(afterAmount + 2, "-"), tokens.word(afterAmount + 3) == "old" { return nil }
        return (afterAmount + 2, .absolute(.duration(DurationParser.value(amount, unit))), .duration)
    }

    /// "daily", "weekly", "every day", "each week", "every Monday", "annual".
    static let frequency: TimexRecognizer.Pattern = { tokens, index in
        guard let word = tokens.word(index) else { return nil }
        if let value = TemporalLexicon.frequencies[word] { return (index + 1, .absolute(.set(value)), .set) }
        if word == "annual" { return (index + 1, .absolute(.duration("P1Y")), .duration) }
        guard word == "every" || word == "each", let next = tokens.word(index + 1) else { return nil }
        if let unit = TemporalLexicon.units[next], !next.hasSuffix("s") {
            return (index + 2, .absolute(.set(DurationParser.value(1, unit))), .set)
        }
        if let weekday = TemporalLexicon.weekdays[next], next.utf8.count > 4 {
            return (index + 2, .absolute(.set("XXXX-WXX-\(weekday)")), .set)
        }
        return nil
    }

    /// Whether the amount follows a quantity, making "a year" a rate ("$5 billion a year", "twice a day").
    static func isRate(_ tokens: TokenStream, before index: Int) -> Bool {
        guard let previous = tokens[index - 1] else { return false }
        if previous.kind == .number || previous.lower == "%" { return true }
        return TemporalLexicon.rateQuantities.contains(previous.lower)
    }
}
