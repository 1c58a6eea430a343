/// Patterns for clock times: "10 a.m.", "10:30 p.m.", "18:00 UTC", "noon", "midnight".
enum ClockTimePatterns {
    /// A clock time, with the day it is on when one follows: "10 p.m. Wednesday", "noon Thursday",
    /// "5 p.m. EST, Nov. 9".
    static let clock: TimexRecognizer.Pattern = { tokens, index in
        guard let (end, meaning, type) = clockOnly(tokens, index) ?? noon(tokens, index, standalone: false),
              case let .clock(time, nil) = meaning else { return nil }
        if let day = dayAfter(tokens, end) { return (day.end, .timed(time, day.meaning), .time) }
        if tokens[index]?.kind == .word, clockOnly(tokens, index) == nil { return noon(tokens, index, standalone: true) }
        return (end, meaning, type)
    }

    /// The day named right after a clock time, past a time zone and a comma.
    private static func dayAfter(_ tokens: TokenStream, _ index: Int) -> (end: Int, meaning: TimexMeaning)? {
        var cursor = index
        if let word = tokens.word(cursor), TemporalLexicon.timeZones.contains(word) { cursor += 1 }
        if tokens.punctuation(cursor, ",") { cursor += 1 }
        for pattern in [RelativeDatePatterns.weekday, AbsoluteDatePatterns.monthDate, RelativeDatePatterns.dayWord] {
            guard let match = pattern(tokens, cursor) else { continue }
            switch match.meaning {
            case .weekday(_, _, nil), .monthDay, .absolute(.day), .dayOffset(_, nil): return (match.end, match.meaning)
            default: continue
            }
        }
        return nil
    }

    /// "noon", "midnight": a time only after "at", "by" or "until" unless a day follows (`standalone: false`).
    private static func noon(_ tokens: TokenStream, _ index: Int, standalone: Bool) -> (end: Int, meaning: TimexMeaning, type: TimexType)? {
        guard let word = tokens.word(index), word == "noon" || word == "midnight" else { return nil }
        if standalone, !TemporalLexicon.clockPrepositions.contains(tokens.word(index - 1) ?? "") { return nil }
        return (index + 1, .clock(.clock(hour: word == "noon" ? 12 : 24, minute: 0, zone: ""), dayOffset: nil), .time)
    }

    private static func clockOnly(_ tokens: TokenStream, _ index: Int) -> (end: Int, meaning: TimexMeaning, type: TimexType)? {
        guard let token = tokens[index] else { return nil }
        // "10am", "10pm"
        if token.kind == .word, token.lower.hasSuffix("am") || token.lower.hasSuffix("pm"),
           let hour = Int(token.lower.dropLast(2)), (1...12).contains(hour) {
            let pm = token.lower.hasSuffix("pm")
            return (index + 1, .clock(.clock(hour: hour % 12 + (pm ? 12 : 0), minute: 0, zone: ""), dayOffset: nil), .time)
        }
        guard token.kind == .number, token.digitCount <= 2, let hour = token.number, hour <= 24 else { return nil }
        var cursor = index + 1
        var minute = 0
        var hasMinutes = false
        if tokens.joinedPunctuation(cursor, ":") || tokens.joinedPunctuation(cursor, "."), let minuteToken = tokens[cursor + 1],
           minuteToken.digitCount == 2, !minuteToken.spaceBefore, let value = minuteToken.number, value < 60 {
            minute = value
            hasMinutes = true
            cursor += 2
        }
        var hour24 = hour
        if let (pm, end) = meridiem(tokens, at: cursor) {
            guard (1...12).contains(hour) else { return nil }
            hour24 = hour % 12 + (pm ? 12 : 0)
            cursor = end
        } else if !hasMinutes || tokens.joinedPunctuation(index + 1, ".") {
            return nil
        }
        var zone = ""
        if let word = tokens.word(cursor), TemporalLexicon.universalZones.contains(word) {
            zone = "Z"
            cursor += 1
        } else if !hasMinutes || tokens[cursor]?.kind == .number {
            if hasMinutes { return nil }
        }
        if !hasMinutes, tokens.word(cursor) == "o", tokens[cursor + 2]?.lower == "clock" { cursor += 3 }
        return (cursor, .clock(.clock(hour: hour24, minute: minute, zone: zone), dayOffset: nil), .time)
    }

    /// "a.m." / "am" / "p.m." / "pm" at `index`: whether it is afternoon, and the index after it.
    static func meridiem(_ tokens: TokenStream, at index: Int) -> (Bool, Int)? {
        guard let word = tokens.word(index) else { return nil }
        if word == "am" || word == "pm" { return (word == "pm", index + 1) }
        guard word == "a" || word == "p", tokens.joinedPunctuation(index + 1, "."), tokens.word(index + 2) == "m",
              !(tokens[index + 2]?.spaceBefore ?? true) else { return nil }
        let end = tokens.joinedPunctuation(index + 3, ".") ? index + 4 : index + 3
        return (word == "p", end)
    }
}
