/// Patterns for dates relative to the article's date: weekdays, "today", "this week", "last year",
/// quarters, seasons, "three days ago", "a year earlier", "now", holidays.
enum RelativeDatePatterns {
    /// "[on|last|next|this] Monday [morning]".
    static let weekday: TimexRecognizer.Pattern = { tokens, index in
        var cursor = index
        let relation = AbsoluteDatePatterns.relativeWord(tokens.word(cursor))
        if relation != nil { cursor += 1 }
        guard let token = tokens[cursor], token.kind == .word, token.isCapitalized,
              let weekday = TemporalLexicon.weekdays[token.lower], token.lower.utf8.count > 4 else { return nil }
        // "Super Tuesday", "Black Friday", "Bloody Sunday": a named day, not the next or last weekday.
        if relation == nil, index > 0, let before = tokens[index - 1], before.kind == .word, before.isCapitalized,
           TemporalLexicon.namedDayWords.contains(before.lower) { return nil }
        cursor += 1
        if let part = partOfDay(tokens.word(cursor)) {
            return (cursor + 1, .weekday(weekday, relation, .part(part)), .time)
        }
        return (cursor, .weekday(weekday, relation, nil), .date)
    }

    /// "today", "yesterday", "tomorrow", "tonight", "this morning", "last night", "yesterday afternoon".
    static let dayWord: TimexRecognizer.Pattern = { tokens, index in
        guard let word = tokens.word(index) else { return nil }
        if let offset = dayOffsets[word] {
            // "USA TODAY", "Russia Today": a capitalised day word after a capitalised word is a name.
            if let token = tokens[index], token.isCapitalized, let previous = tokens[index - 1], previous.kind == .word, previous.isCapitalized {
                return nil
            }
            if word == "tonight" { return (index + 1, .dayOffset(0, .part(.night)), .time) }
            if let part = partOfDay(tokens.word(index + 1)) { return (index + 2, .dayOffset(offset, .part(part)), .time) }
            return (index + 1, .dayOffset(offset, nil), .date)
        }
        if word == "this", let part = partOfDay(tokens.word(index + 1)), part != .night {
            return (index + 2, .dayOffset(0, .part(part)), .time)
        }
        if word == "last", tokens.word(index + 1) == "night" { return (index + 2, .dayOffset(-1, .part(.night)), .time) }
        return nil
    }

    /// "this week", "last month", "next year", "the past year", "this weekend", "the weekend",
    /// "the year ended Sept. 30" (a fiscal year: a year's duration, `P1Y`).
    static let relativeUnit: TimexRecognizer.Pattern = { tokens, index in
        var cursor = index
        if tokens.word(cursor) == "the" { cursor += 1 }
        if cursor > index, let end = fiscalYearEnd(tokens, cursor) { return (end, .absolute(.duration("P1Y")), .duration) }
        if tokens.word(cursor) == "weekend", cursor > index {
            return (cursor + 1, .unitOffset(.weekend, 0), .date)
        }
        guard let relation = AbsoluteDatePatterns.relativeWord(tokens.word(cursor)) else { return nil }
        if cursor > index, tokens.word(cursor) == "this" { return nil }
        var unitIndex = cursor + 1
        // "this fiscal year", "the current fiscal quarter".
        if tokens.word(unitIndex) == "fiscal" { unitIndex += 1 }
        guard let unitWord = tokens.word(unitIndex), let unit = TemporalLexicon.units[unitWord],
              !unitWord.hasSuffix("s"), unit != .minute, unit != .hour, unit != .day else { return nil }
        let offset = relation == .last ? -1 : relation == .next ? 1 : 0
        return (unitIndex + 1, .unitOffset(unit, offset), .date)
    }

    /// "the third quarter [of 2025]", "third-quarter", "Q3 2025", "the first half".
    static let quarter: TimexRecognizer.Pattern = { tokens, index in
        var cursor = index
        if tokens.word(cursor) == "the" { cursor += 1 }
        var number: Int?
        var isHalf = false
        if let word = tokens.word(cursor), word.utf8.count == 2, word.hasPrefix("q"), let q = Int(word.dropFirst()), (1...4).contains(q) {
            number = q
            cursor += 1
        } else {
            guard let word = tokens.word(cursor), let ordinal = AbsoluteDatePatterns.dayNumber(tokens, at: cursor)?.0
                    ?? (word == "final" || word == "last" ? 4 : nil) else { return nil }
            var unitIndex = cursor + 1
            if tokens.joinedPunctuation(unitIndex, "-") { unitIndex += 1 }
            guard let unit = tokens.word(unitIndex), unit == "quarter" || unit == "half" else { return nil }
            isHalf = unit == "half"
            guard (1...(isHalf ? 2 : 4)).contains(ordinal), !(isHalf && word == "last") else { return nil }
            number = ordinal
            cursor = unitIndex + 1
        }
        guard let number else { return nil }
        var year: Int?
        if !isHalf, tokens.word(cursor) == "of", let offset = AbsoluteDatePatterns.relativeYear(tokens, at: cursor + 1) {
            return (cursor + 3, .quarterInYear(number, yearOffset: offset), .date)
        }
        if tokens.word(cursor) == "of" || tokens.word(cursor) == "in", let value = AbsoluteDatePatterns.yearValue(tokens[cursor + 1]) {
            year = value
            cursor += 2
        } else if let value = AbsoluteDatePatterns.yearValue(tokens[cursor]) {
            year = value
            cursor += 1
        }
        return (cursor, isHalf ? .half(number, year: year) : .quarter(number, year: year), .date)
    }

    /// "the quarter", "the latest quarter", "the year-ago quarter", "the year-earlier period".
    static let recentQuarter: TimexRecognizer.Pattern = { tokens, index in
        guard tokens.word(index) == "the" else { return nil }
        var cursor = index + 1
        var offset = 0
        if let word = tokens.word(cursor), TemporalLexicon.recentWords.contains(word) {
            cursor += 1
        } else if tokens.word(cursor) == "most", tokens.word(cursor + 1) == "recent" {
            cursor += 2
        } else if tokens.word(cursor) == "year", tokens.joinedPunctuation(cursor + 1, "-"),
                  let word = tokens.word(cursor + 2), word == "ago" || word == "earlier" {
            offset = -4
            cursor += 3
        }
        // "the latest period" is the latest quarter in an earnings report; "the year-ago period" the one a year before.
        guard tokens.word(cursor) == "quarter" || ((offset != 0 || tokens.word(index + 1) == "latest") && tokens.word(cursor) == "period") else { return nil }
        if offset != 0, tokens.word(cursor) == "period" { return (cursor + 1, .shift(.year, -1, fromReference: true), .date) }
        return (cursor + 1, .recentQuarter(offset: offset), .date)
    }

    /// "this summer", "last fall", "next spring", "summer 2025", "the summer of 2025", "in the spring".
    static let season: TimexRecognizer.Pattern = { tokens, index in
        var cursor = index
        var relation: RelativeWord?
        if let word = tokens.word(cursor), let found = AbsoluteDatePatterns.relativeWord(word) {
            relation = found
            cursor += 1
        } else if tokens.word(cursor) == "the" {
            cursor += 1
        }
        guard let word = tokens.word(cursor), let season = TemporalLexicon.seasons[word] else { return nil }
        if word == "fall", relation == nil { return nil }
        cursor += 1
        if tokens.word(cursor) == "of", let year = AbsoluteDatePatterns.yearValue(tokens[cursor + 1]) {
            return (cursor + 2, .season(season, nil, year: year), .date)
        }
        if let year = AbsoluteDatePatterns.yearValue(tokens[cursor]) {
            return (cursor + 1, .season(season, nil, year: year), .date)
        }
        guard relation != nil else { return nil }
        return (cursor, .season(season, relation, year: nil), .date)
    }

    /// "three days ago", "a year earlier", "two weeks later", "year-earlier".
    static let shift: TimexRecognizer.Pattern = { tokens, index in
        if tokens.word(index) == "year", tokens.joinedPunctuation(index + 1, "-"),
           let word = tokens.word(index + 2), word == "earlier" || word == "ago" {
            return (index + 3, .shift(.year, -1, fromReference: true), .date)
        }
        guard let (vague, afterAmount) = DurationParser.amount(in: tokens, at: index),
              let unitWord = tokens.word(afterAmount), let unit = TemporalLexicon.units[unitWord],
              let direction = tokens.word(afterAmount + 1) else { return nil }
        // "several years ago", "a few weeks earlier": some time before, `PAST_REF`.
        guard let amount = vague else {
            guard direction == "ago" || direction == "earlier", unitWord.hasSuffix("s") else { return nil }
            return (afterAmount + 2, .absolute(.reference(.past)), .date)
        }
        let whole = Int(amount)
        switch direction {
        case "ago": return (afterAmount + 2, .shift(unit, -whole, fromReference: false), .date)
        case "earlier": return (afterAmount + 2, .shift(unit, -whole, fromReference: true), .date)
        case "later": return (afterAmount + 2, .shift(unit, whole, fromReference: true), .date)
        case "from" where tokens.word(afterAmount + 2) == "now":
            return (afterAmount + 3, .shift(unit, whole, fromReference: false), .date)
        default: return nil
        }
    }

    /// "now", "currently", "recently", "the past", "the future", "current", "recent", "at present".
    static let reference: TimexRecognizer.Pattern = { tokens, index in
        guard let word = tokens.word(index) else { return nil }
        if let reference = TemporalLexicon.references[word] {
            // "as soon as": a conjunction, not the future.
            if word == "soon", tokens.word(index - 1) == "as", tokens.word(index + 1) == "as" { return nil }
            return (index + 1, .absolute(.reference(reference)), .date)
        }
        switch word {
        case "the":
            guard let next = tokens.word(index + 1) else { return nil }
            if next == "future", tokens.word(index + 2) != "of" { return (index + 2, .absolute(.reference(.future)), .date) }
            if next == "past", tokens[index + 2]?.kind != .number, DurationParser.amount(in: tokens, at: index + 2) == nil,
               TemporalLexicon.units[tokens.word(index + 2) ?? ""] == nil {
                return (index + 2, .absolute(.reference(.past)), .date)
            }
            return nil
        case "current", "recent":
            guard let next = tokens[index + 1], next.kind == .word, !next.isCapitalized else { return nil }
            // "in recent years": an unspecified stretch of years up to now, `PXY`.
            if word == "recent", let unitWord = tokens.word(index + 1), let unit = TemporalLexicon.units[unitWord],
               unitWord.hasSuffix("s"), unit != .weekend {
                return (index + 2, .absolute(.duration(DurationParser.value(nil, unit))), .duration)
            }
            return (index + 1, .absolute(.reference(word == "current" ? .present : .past)), .date)
        case "these" where tokens.word(index + 1) == "days":
            return (index + 2, .absolute(.reference(.present)), .date)
        case "at" where tokens.word(index + 1) == "present":
            return (index + 2, .absolute(.reference(.present)), .date)
        default:
            return nil
        }
    }

    /// "Christmas", "New Year's Day", "Independence Day" (capitalised).
    static let holiday: TimexRecognizer.Pattern = { tokens, index in
        guard let first = tokens[index], first.isCapitalized, holidayFirstWords.contains(first.lower) else { return nil }
        // The words so far in the holiday table's spelling: "new year's day" (no space around an apostrophe).
        var key = ""
        var afterApostrophe = false
        var cursor = index
        var best: (Int, Int, Int)?
        var movable: (end: Int, month: Int, weekday: Int, nth: Int)?
        while cursor < index + 5, let token = tokens[cursor], token.kind != .punctuation || token.lower == "'" || token.lower == "’" {
            if token.lower == "'" || token.lower == "’" {
                key += "'"
                afterApostrophe = true
            } else {
                if cursor > index, !afterApostrophe { key += " " }
                key += token.lower
                afterApostrophe = false
            }
            cursor += 1
            if let day = TemporalLexicon.holidays[key] { best = (cursor, day.month, day.day) }
            if let day = TemporalLexicon.weekdayHolidays[key] { movable = (cursor, day.month, day.weekday, day.nth) }
        }
        if let movable { return (movable.end, .weekdayHoliday(month: movable.month, weekday: movable.weekday, nth: movable.nth), .date) }
        guard let (end, month, day) = best else { return nil }
        return (end, .holiday(month: month, day: day), .date)
    }

    /// The first word of every holiday's name: where the holiday pattern can start.
    static let holidayFirstWords = WordSet((TemporalLexicon.holidays.keys + TemporalLexicon.weekdayHolidays.keys).map {
        String($0.prefix { $0 != " " && $0 != "'" })
    })

    /// Day words and their offset from the article's date.
    static let dayOffsets: WordTable<Int> = ["today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0]

    /// After "the": "[fiscal] year" followed by "ended" or "ending", the index after "year".
    static func fiscalYearEnd(_ tokens: TokenStream, _ index: Int) -> Int? {
        let yearIndex = tokens.word(index) == "fiscal" ? index + 1 : index
        guard tokens.word(yearIndex) == "year", let next = tokens.word(yearIndex + 1), next == "ended" || next == "ending" else { return nil }
        return yearIndex + 1
    }

    /// A part of the day word.
    static func partOfDay(_ word: String?) -> PartOfDay? {
        word.flatMap { TemporalLexicon.partsOfDay[$0] }
    }
}
