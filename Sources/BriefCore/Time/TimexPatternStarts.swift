/// Where each temporal pattern can start, read off its code: the recogniser tries a pattern only at
/// a token of its start class, and at "the", "a", "an" and "at" only when the next token can continue
/// one of their patterns. Each class may be wider than the pattern needs, never narrower (checked by
/// `TimexPatternStartsTests`): a pattern returns nil at every token outside it.
enum TimexPatternStarts {
    /// Every pattern with the tokens it can start at, in the order of ``TimexRecognizer/patterns``.
    static let entries: [(pattern: TimexRecognizer.Pattern, start: TokenFilter)] = [
        (AbsoluteDatePatterns.isoDate, TokenFilter(numbers: true)),
        (AbsoluteDatePatterns.numericDate, TokenFilter(numbers: true)),
        (AbsoluteDatePatterns.monthDate, TokenFilter(words: relativeWords + months + weekdays)),
        (AbsoluteDatePatterns.dayMonth, TokenFilter(numbers: true, digitWords: true, words: ["the"] + ordinals)),
        (AbsoluteDatePatterns.year, TokenFilter(numbers: true)),
        (AbsoluteDatePatterns.decade, TokenFilter(digitWords: true, words: ["the"])),
        (RelativeDatePatterns.weekday, TokenFilter(words: relativeWords + weekdays)),
        (RelativeDatePatterns.dayWord, TokenFilter(words: RelativeDatePatterns.dayOffsets.keys + ["this", "last"])),
        (RelativeDatePatterns.relativeUnit, TokenFilter(words: ["the"] + relativeWords)),
        (RelativeDatePatterns.quarter, TokenFilter(digitWords: true, words: ["the", "q1", "q2", "q3", "q4", "final", "last"] + ordinals)),
        (RelativeDatePatterns.recentQuarter, TokenFilter(words: ["the"])),
        (RelativeDatePatterns.season, TokenFilter(words: ["the"] + relativeWords + TemporalLexicon.seasons.keys)),
        (RelativeDatePatterns.shift, TokenFilter(numbers: true, words: ["year"] + amountWords)),
        (RelativeDatePatterns.reference, TokenFilter(words: ["the", "current", "recent", "these", "at"] + TemporalLexicon.references.keys)),
        (RelativeDatePatterns.holiday, TokenFilter(words: Array(RelativeDatePatterns.holidayFirstWords))),
        (DurationPatterns.duration, TokenFilter(numbers: true, words: ["the"] + TemporalLexicon.units.keys + amountWords)),
        (DurationPatterns.hyphenatedDuration, TokenFilter(numbers: true, words: amountWords)),
        (DurationPatterns.frequency, TokenFilter(words: ["annual", "every", "each"] + TemporalLexicon.frequencies.keys)),
        (ClockTimePatterns.clock, TokenFilter(numbers: true, digitWords: true, words: ["noon", "midnight"])),
    ]

    /// For start words whose patterns all need particular words after them, the tokens that can follow.
    static let followers: [String: TokenFilter] = amountFollowers.merging([
        // dayMonth and quarter (a day or ordinal), decade, relativeUnit ("the fiscal year ended", "the
        // weekend", "the past year"), recentQuarter, season, reference ("the future", "the past"), duration.
        "the": TokenFilter(numbers: true, digitWords: true, words: ordinals + relativeWords + amountWords + durationModifiers
            + TemporalLexicon.seasons.keys
            + ["final", "last", "q1", "q2", "q3", "q4", "fiscal", "year", "weekend", "latest", "recent", "most", "quarter", "future"]),
        // shift and duration: an amount of one ("a few", "a couple", "a hundred", "a year", "a-and-a-half"), then a unit.
        "a": article,
        "an": article,
        // reference: "at present".
        "at": TokenFilter(words: ["present"]),
    ]) { $1 }

    /// After an amount word other than "a" and "an" (shift, duration, hyphenatedDuration): a unit ("three
    /// days", "several years"), a hyphen ("two-year"), the rest of the amount ("twenty five", "two hundred",
    /// "couple of", "three and a half").
    private static let amountFollowers: [String: TokenFilter] = {
        let filter = TokenFilter(punctuation: true, words: TemporalLexicon.units.keys + TemporalLexicon.numbers.keys + ["of", "and"])
        return Dictionary(uniqueKeysWithValues: amountWords.filter { $0 != "a" && $0 != "an" }.map { ($0, filter) })
    }()

    private static let article = TokenFilter(punctuation: true, words: TemporalLexicon.units.keys + ["few", "couple", "hundred", "and"])

    /// The words ``AbsoluteDatePatterns/relativeWord(_:)`` reads.
    private static let relativeWords = ["last", "past", "previous", "this", "current", "next", "coming"]
    /// Words `DurationPatterns.duration` skips after "the".
    private static let durationModifiers = Array(TemporalLexicon.durationModifiers)
    /// Words an amount of ``DurationParser/amount(in:at:allowArticle:)`` can start with.
    private static let amountWords = TemporalLexicon.numbers.keys + Array(TemporalLexicon.vagueQuantities)
    private static let months = TemporalLexicon.months.keys
    private static let weekdays = TemporalLexicon.weekdays.keys
    private static let ordinals = TemporalLexicon.ordinals.keys
}
