/// Patterns for clock times: "10 a.m.", "10:30 p.m.", "18:00 UTC", "noon", "midnight".
enum ClockTimePatterns {
    static let clock: TimexRecognizer.Pattern = { tokens, index in
        guard let token = tokens[index] else { return nil }
        if token.kind == .word, token.lower == "noon" || token.lower == "midnight" {
            guard tokens.word(index - 1) == "at" || tokens.word(index - 1) == "by" || tokens.word(index - 1) == "until" else { return nil }
            return (index + 1, .clock(.clock(hour: token.lower == "noon" ? 12 : 24, minute: 0, zone: ""), dayOffset: nil), .time)
        }
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
        if let word = tokens.word(cursor), ["utc", "gmt"].contains(word) {
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
