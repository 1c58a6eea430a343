/// Reads amounts of time ("three", "3.5", "three-and-a-half", "several") and writes TIMEX3 durations
/// (`P3D`, `P3Y6M`, `PT2H`, `PXY`).
enum DurationParser {
    /// A number of units, or nil for a vague amount ("several", "a few").
    typealias Amount = Double?

    /// The amount at `index`, and the index after it; `allowArticle` lets "a"/"an" count as one.
    static func amount(in tokens: TokenStream, at index: Int, allowArticle: Bool = true) -> (amount: Amount, next: Int)? {
        guard let token = tokens[index] else { return nil }
        var value: Double
        var next = index + 1
        if token.kind == .number, let number = token.number, token.digitCount <= 4 {
            value = Double(number)
            // "2.5"
            if tokens.joinedPunctuation(next, "."), let fraction = tokens[next + 1], fraction.kind == .number,
               !(tokens[next + 1]?.spaceBefore ?? true), let digits = Double("0." + fraction.lower) {
                value += digits
                next += 2
            }
        } else if token.kind == .word, let number = TemporalLexicon.numbers[token.lower] {
            if !allowArticle, token.lower == "a" || token.lower == "an" { return nil }
            if token.lower == "a" || token.lower == "an" {
                if let vague = tokens.word(next), vague == "few" || vague == "couple" {
                    return (vague == "few" ? nil : 2, tokens.word(next + 1) == "of" ? next + 2 : next + 1)
                }
            }
            value = Double(number)
            // "twenty-five", "twenty five"
            if number >= 20, number < 100, number % 10 == 0, let unitWord = tokens.word(tokens.joinedPunctuation(next, "-") ? next + 1 : next),
               let ones = TemporalLexicon.numbers[unitWord], ones < 10, unitWord != "a", unitWord != "an" {
                value += Double(ones)
                next = tokens.joinedPunctuation(next, "-") ? next + 2 : next + 1
            }
            if tokens.word(next) == "hundred" { value *= 100; next += 1 }
            if token.lower == "couple", tokens.word(next) == "of" { next += 1 }
        } else if token.kind == .word, TemporalLexicon.vagueQuantities.contains(token.lower) {
            return (nil, next)
        } else {
            return nil
        }
        // "2 1/2"
        if token.kind == .number, tokens[next]?.lower == "1", tokens[next]?.spaceBefore == true, tokens.joinedPunctuation(next + 1, "/"),
           tokens[next + 2]?.lower == "2", tokens[next + 2]?.spaceBefore == false {
            return (value + 0.5, next + 3)
        }
        // "three and a half", "three-and-a-half"
        let hyphenated = tokens.joinedPunctuation(next, "-")
        let andIndex = hyphenated ? next + 1 : next
        if tokens.word(andIndex) == "and" {
            var cursor = andIndex + 1
            if tokens.joinedPunctuation(cursor, "-") { cursor += 1 }
            if tokens.word(cursor) == "a" {
                cursor += 1
                if tokens.joinedPunctuation(cursor, "-") { cursor += 1 }
                if tokens.word(cursor) == "half" { value += 0.5; next = cursor + 1 }
            }
        }
        return (value, next)
    }

    /// The TIMEX3 duration for `amount` of `unit`: `P3Y6M` for 3.5 years, `PXW` for "weeks".
    static func value(_ amount: Amount, _ unit: TemporalUnit) -> String {
        let (letter, _, isTime) = unit.durationDesignator
        let prefix = isTime ? "PT" : "P"
        // ISO 8601 has no decade or century designator: they are written in years.
        if unit == .decade || unit == .century {
            let years = unit == .decade ? 10.0 : 100.0
            return amount.map { "P\(Int(($0 * years).rounded()))Y" } ?? (unit == .decade ? "PXY" : "PXC")
        }
        guard let amount else { return prefix + "X" + letter }
        let whole = Int(amount)
        let fraction = amount - Double(whole)
        if fraction == 0 { return "\(prefix)\(whole)\(letter)" }
        switch unit {
        case .year: return "P\(whole)Y\(Int(fraction * 12))M"
        case .day: return "P\(whole)DT\(Int(fraction * 24))H"
        case .hour: return "PT\(whole)H\(Int(fraction * 60))M"
        case .week: return "P\(Int(amount * 7))D"
        case .decade: return "P\(Int(amount * 10))Y"
        default: return "\(prefix)\(amount)\(letter)"
        }
    }
}
