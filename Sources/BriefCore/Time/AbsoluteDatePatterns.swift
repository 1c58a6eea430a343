/// Patterns for dates written out: "2025-09-04", "9/4/2025", "Sept. 4, 2025", "4 September 2025",
/// "August 2025", "in August", "in 2022", "the 1990s".
enum AbsoluteDatePatterns {
    /// `YYYY-MM-DD` (or `YYYY-MM`) written without spaces.
    static let isoDate: TimexRecognizer.Pattern = { tokens, index in
        guard let year = yearValue(tokens[index]), tokens.joinedPunctuation(index + 1, "-"),
              let monthToken = tokens[index + 2], monthToken.digitCount == 2, !monthToken.spaceBefore,
              let month = monthToken.number, (1...12).contains(month) else { return nil }
        if tokens.joinedPunctuation(index + 3, "-"), let dayToken = tokens[index + 4], dayToken.digitCount == 2,
           !dayToken.spaceBefore, let day = dayToken.number, let date = CalendarDate(year: year, month: month, day: day) {
            return (index + 5, .absolute(.day(date)), .date)
        }
        return nil
    }

    /// `M/D/YYYY` or `M/D/YY`, as American newswire writes it.
    static let numericDate: TimexRecognizer.Pattern = { tokens, index in
        guard let first = tokens[index], first.digitCount <= 2, let month = first.number,
              tokens.joinedPunctuation(index + 1, "/"), let dayToken = tokens[index + 2], dayToken.digitCount <= 2,
              let day = dayToken.number, tokens.joinedPunctuation(index + 3, "/"),
              let yearToken = tokens[index + 4], !yearToken.spaceBefore, let rawYear = yearToken.number,
              yearToken.digitCount == 2 || yearToken.digitCount == 4 else { return nil }
        let year = yearToken.digitCount == 4 ? rawYear : (rawYear < 50 ? 2000 + rawYear : 1900 + rawYear)
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return (index + 5, .absolute(.day(date)), .date)
    }

    /// "[Wednesday,] Sept. 4[th][,] [2025]", "September 2025", "in August" (a bare month needs context).
    static let monthDate: TimexRecognizer.Pattern = { tokens, index in
        if let relation = relativeWord(tokens.word(index)), tokens.word(index) != "past",
           let (month, afterMonth) = monthName(tokens, at: index + 1), dayNumber(tokens, at: afterMonth) == nil {
            return (afterMonth, .month(month, relation), .date)
        }
        var start = index
        var weekday: Int?
        if let word = tokens.word(index), let number = TemporalLexicon.weekdays[word], word.count > 4 {
            start = tokens.punctuation(index + 1, ",") ? index + 2 : index + 1
            weekday = number
        }
        guard let (month, afterMonth) = monthName(tokens, at: start) else { return nil }
        if let (day, afterDay) = dayNumber(tokens, at: afterMonth) {
            var cursor = afterDay
            if tokens.punctuation(cursor, ","), yearValue(tokens[cursor + 1]) != nil { cursor += 1 }
            if let year = yearValue(tokens[cursor]), tokens[cursor]?.spaceBefore == true || tokens[cursor - 1]?.lower == "," {
                guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
                return (cursor + 1, .absolute(.day(date)), .date)
            }
            guard day <= CalendarDate.daysIn(month: month, year: 2024) else { return nil }
            if let yearOffset = relativeYear(tokens, at: afterDay) {
                return (afterDay + 2, .monthInYear(month: month, day: day, yearOffset: yearOffset), .date)
            }
            return (afterDay, .monthDay(month: month, day: day, weekday: weekday), .date)
        }
        var cursor = afterMonth
        if tokens.punctuation(cursor, ","), yearValue(tokens[cursor + 1]) != nil { cursor += 1 }
        if tokens.word(cursor) == "of", yearValue(tokens[cursor + 1]) != nil { cursor += 1 }
        if let year = yearValue(tokens[cursor]) {
            return (cursor + 1, .absolute(.month(year: year, month: month)), .date)
        }
        if start == index, let yearOffset = relativeYear(tokens, at: afterMonth), tokens[index]?.isCapitalized == true {
            return (afterMonth + 2, .monthInYear(month: month, day: nil, yearOffset: yearOffset), .date)
        }
        guard start == index, bareMonthAllowed(tokens, at: index) else { return nil }
        return (afterMonth, .month(month, nil), .date)
    }

    /// "4 September [2025]", "the 4th of July".
    static let dayMonth: TimexRecognizer.Pattern = { tokens, index in
        var cursor = index
        if tokens.word(cursor) == "the" { cursor += 1 }
        guard let (day, afterDay) = dayNumber(tokens, at: cursor) else { return nil }
        var monthIndex = afterDay
        if tokens.word(monthIndex) == "of" { monthIndex += 1 }
        guard cursor == index || monthIndex > afterDay else { return nil }
        guard let (month, afterMonth) = monthName(tokens, at: monthIndex) else { return nil }
        var end = afterMonth
        if tokens.punctuation(end, ","), yearValue(tokens[end + 1]) != nil { end += 1 }
        if let year = yearValue(tokens[end]) {
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            return (end + 1, .absolute(.day(date)), .date)
        }
        guard day <= CalendarDate.daysIn(month: month, year: 2024) else { return nil }
        return (afterMonth, .monthDay(month: month, day: day, weekday: nil), .date)
    }

    /// A year on its own, where the context makes it a year: "in 2022", "since 1990", "2022's".
    static let year: TimexRecognizer.Pattern = { tokens, index in
        guard let year = yearValue(tokens[index]), plausibleYear(tokens, at: index) else { return nil }
        return (index + 1, .absolute(.year(year)), .date)
    }

    /// "the 1990s", "1990s", "the '90s".
    static let decade: TimexRecognizer.Pattern = { tokens, index in
        var cursor = index
        if tokens.word(cursor) == "the" { cursor += 1 }
        guard let token = tokens[cursor], token.kind == .word, token.lower.utf8.count == 5, token.lower.hasSuffix("0s"),
              let value = Int(token.lower.dropLast()), (1000...2090).contains(value) else { return nil }
        // "the 1990s", "the late 1970s", "the mid-1990s".
        let hasArticle = cursor > index || (1...3).contains { tokens.word(index - $0) == "the" }
        return (cursor + 1, .absolute(.decade(value / 10, marked: !hasArticle)), .date)
    }

    // MARK: - Parts

    /// A four-digit number that can be a year (1000...2199).
    static func yearValue(_ token: TimexToken?) -> Int? {
        guard let token, token.digitCount == 4, let value = token.number, (1000...2199).contains(value) else { return nil }
        return value
    }

    /// A month name at `index` (abbreviations must be capitalised and may carry a period).
    static func monthName(_ tokens: TokenStream, at index: Int) -> (Int, Int)? {
        guard let token = tokens[index], token.kind == .word, let month = TemporalLexicon.months[token.lower] else { return nil }
        let isAbbreviation = token.lower.utf8.count <= 4 && token.lower != "may" && token.lower != "june" && token.lower != "july"
        if isAbbreviation {
            guard token.isCapitalized else { return nil }
            return (month, tokens.period(after: index) ? index + 2 : index + 1)
        }
        guard token.isCapitalized || token.lower != "may" else { return nil }
        return (month, index + 1)
    }

    /// A day of the month: "4", "04", "4th", "fourth".
    static func dayNumber(_ tokens: TokenStream, at index: Int) -> (Int, Int)? {
        guard let token = tokens[index] else { return nil }
        var day: Int?
        if token.kind == .number, token.digitCount <= 2 {
            day = token.number
            // Not a time ("4:30") nor a number range ("4-5").
            if tokens.joinedPunctuation(index + 1, ":") || tokens.joinedPunctuation(index + 1, "."),
               let after = tokens[index + 2], after.kind == .number, !after.spaceBefore {
                return nil
            }
        } else if token.kind == .word {
            let text = token.lower
            // `Int` reads only digits after an optional sign: other words skip the four suffix tests.
            if let first = text.utf8.first, (0x30...0x39).contains(first) || first == 0x2B || first == 0x2D {
                for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) {
                    day = Int(text.dropLast(2))
                }
            }
            if day == nil, let ordinal = TemporalLexicon.ordinals[text], text != "last", text != "final" { day = ordinal }
        }
        guard let day, (1...31).contains(day) else { return nil }
        return (day, index + 1)
    }

    /// A bare month counts after a preposition or relative word, or before a year-less day context;
    /// ambiguous names ("May", "March") need that context, others only capitalisation.
    static func bareMonthAllowed(_ tokens: TokenStream, at index: Int) -> Bool {
        guard let token = tokens[index], token.isCapitalized else { return false }
        let previous = tokens.word(index - 1)
        if let previous, contextWords.contains(previous) { return previous != "and" || !TemporalLexicon.ambiguousMonths.contains(token.lower) }
        if tokens.punctuation(index - 1, "-"), tokens.word(index - 2) == "mid" { return true }
        if TemporalLexicon.ambiguousMonths.contains(token.lower) { return false }
        // Not a name: "September Smith" is unlikely, but "August Wilson" is a person.
        if let next = tokens[index + 1], next.kind == .word, next.isCapitalized { return false }
        return token.lower.utf8.count > 4
    }

    /// A four-digit number reads as a year unless it counts something ("2000 people", "$1990", "1990%").
    static func plausibleYear(_ tokens: TokenStream, at index: Int) -> Bool {
        if let previous = tokens[index - 1], previous.kind == .punctuation,
           ["$", "€", "£", "#", "+", "-", "/", ".", ":"].contains(previous.lower) || previous.lower == "¥" {
            if !(previous.lower == "-" && previous.spaceBefore == false && tokens.word(index - 2) == "mid") { return false }
        }
        if tokens.joinedPunctuation(index + 1, ",") && tokens[index + 2]?.digitCount == 3 { return false }
        if tokens.joinedPunctuation(index + 1, "."), tokens[index + 2]?.kind == .number { return false }
        if tokens.punctuation(index + 1, "%") || tokens.joinedPunctuation(index + 1, "-") && tokens[index + 2]?.kind == .word { return false }
        // "1750 GMT" is a clock time, never a year.
        if let zone = tokens.word(index + 1), TemporalLexicon.timeZones.contains(zone) { return false }
        let previous = tokens.word(index - 1)
        // "House Bill 1523", "Section 1001": a number that names a thing is no year.
        if let previous, TemporalLexicon.numberedThings.contains(previous) { return false }
        let next = tokens[index + 1]
        // "nearly 1000 emails", "a poll of 2047 voters": a plural noun after a number counts it; "in
        // 2016 voters …" keeps its year.
        let counts = previous != nil && next.map(isPluralNoun) == true
        if let previous, yearWords.contains(previous) { return !(counts && countingWords.contains(previous)) }
        guard let next else { return true }
        if next.kind == .punctuation { return true }
        if next.kind == .number { return false }
        return !counted.contains(next.lower) && !counts
    }

    /// Whether `token` reads as a plural noun: a lower-case word of four letters or more ending in "s"
    /// that is not a function word ("was", "this", "its").
    static func isPluralNoun(_ token: TimexToken) -> Bool {
        token.kind == .word && !token.isCapitalized && token.lower.utf8.count >= 4 && token.lower.utf8.last == UInt8(ascii: "s")
            && !TemporalLexicon.notPlurals.contains(token.lower)
    }

    /// Words before a year that may also stand before a count ("of 2047 voters", "the 1000 emails").
    static let countingWords: WordSet = ["of", "the", "and", "to", "for", "as", "around", "between", "from"]

    /// "this year" (0), "last year" (-1), "next year" (+1) at `index`, after a month: "June last year".
    static func relativeYear(_ tokens: TokenStream, at index: Int) -> Int? {
        guard tokens.word(index + 1) == "year", let word = tokens.word(index) else { return nil }
        switch word {
        case "this": return 0
        case "last": return -1
        case "next": return 1
        default: return nil
        }
    }

    /// "last", "this", "next" (and their synonyms) as a relative word.
    static func relativeWord(_ word: String?) -> RelativeWord? {
        switch word {
        case "last", "past", "previous": .last
        case "this", "current": .this
        case "next", "coming": .next
        default: nil
        }
    }

    /// Words before a bare month that make it a date ("in May", "since June").
    static let contextWords: WordSet = ["in", "since", "until", "till", "by", "during", "from", "to", "through", "last",
        "next", "this", "early", "late", "mid", "of", "before", "after", "between",
        "and", "or", "each", "every", "throughout"]

    /// Words before a four-digit number that make it a year ("in 1990", "the 2020 election").
    static let yearWords: WordSet = ["in", "since", "until", "by", "of", "from", "to", "through", "during", "before",
        "after", "early", "late", "mid", "fiscal", "year", "between", "and", "the", "around",
        "summer", "spring", "fall", "autumn", "winter", "end", "beginning", "circa", "for", "as"]

    /// Nouns after a four-digit number that make it a count ("2000 people").
    static let counted: WordSet = ["people", "troops", "soldiers", "members", "workers", "units", "shares", "dollars",
        "euros", "pounds", "tons", "tonnes", "miles", "kilometers", "kilometres", "meters",
        "feet", "acres", "jobs", "cases", "deaths", "votes", "seats", "points", "km", "kg",
        "times", "children", "students", "employees", "homes", "cars", "barrels", "rounds",
        "residents", "refugees", "delegates", "participants", "hectares", "metres", "men", "women"]
}
