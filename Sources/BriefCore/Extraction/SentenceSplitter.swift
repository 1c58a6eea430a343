/// Splits a paragraph's tokens into sentences. A sentence ends at `.`, `!`, `?` or `…` (with any
/// closing quotation marks or brackets after it) when the next token can start a sentence: a
/// capitalised word, a number or an opening quotation mark. Abbreviations and initials keep their
/// period inside their token, so "U.S. President" and "Gen. Smith" do not split; decimals are one
/// token; "“Is it?” he asked" does not split because "he" is lower case.
public enum SentenceSplitter {
    /// The sentences of `tokens` as ranges of token indices, in order, covering every token.
    public static func sentences(_ tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        if let dateline = datelineEnd(tokens) {
            result.append(0..<dateline)
            start = dateline
            i = dateline
        }
        while i < tokens.count {
            var end: Int?
            if tokens[i].isTerminal, !isNumberSign(tokens, at: i) {
                end = closingEnd(tokens, after: i)
            } else if tokens[i].kind == .word, tokens[i].endsWithPeriod, // every listed abbreviation ends in its period
                      Abbreviations.mayEndSentence.contains(tokens[i].lower),
                      i + 1 < tokens.count, tokens[i + 1].kind == .word, CommonWords.sentenceStarters.contains(tokens[i + 1].lower) {
                end = i + 1
            }
            if let boundary = end, boundary >= tokens.count || startsSentence(tokens[boundary], previous: tokens[boundary - 1]) {
                result.append(start..<boundary)
                start = boundary
                i = boundary
                continue
            }
            i += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    /// Whether the period at `i` ends "No." before a number ("the No. 2 in the leadership"): an
    /// abbreviation, not a full stop.
    static func isNumberSign(_ tokens: [Token], at i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count, tokens[i].is("."), !tokens[i].spaceBefore, tokens[i + 1].kind == .number else { return false }
        let word = tokens[i - 1]
        return word.kind == .word && (word.text == "No" || word.text == "Nos")
    }

    /// The index after a dateline opening the paragraph ("WASHINGTON —", "PARIS, Aug. 31 (Reuters) -",
    /// "Washington (AFP) –"): capitalised words, numbers, commas and a news agency in parentheses
    /// before a dash, the place in capitals or the agency named; nil when the paragraph opens otherwise.
    /// The dateline is a sentence of its own: the first sentence's subject comes after it.
    static func datelineEnd(_ tokens: [Token]) -> Int? {
        guard let first = tokens.first, first.kind == .word, first.isCapitalized else { return nil }
        var j = 0
        while j < min(tokens.count, 12) {
            let t = tokens[j]
            if t.kind == .punctuation, datelineDashes.contains(t.text) { break }
            guard t.kind == .word && t.isCapitalized || t.kind == .number || t.is(",") || t.is("(") || t.is(")") else { return nil }
            j += 1
        }
        guard j > 0, j < tokens.count - 1, datelineDashes.contains(tokens[j].text) else { return nil }
        let capitals = first.text.utf8.count >= 2 && first.text.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x2E }
        // "(Reuters)", not a party tag ("(D)", "(R-Ohio)").
        let agency = j >= 3 && tokens[j - 1].is(")") && tokens[j - 3].is("(") && tokens[j - 2].text.utf8.count >= 2 && !tokens[j - 2].text.contains("-")
        return capitals || agency ? j + 1 : nil
    }

    /// The index after a terminal mark and any closing quotation marks or brackets that follow it.
    static func closingEnd(_ tokens: [Token], after i: Int) -> Int {
        var j = i + 1
        while j < tokens.count {
            let t = tokens[j]
            if t.isTerminal || t.is(")") || t.is("]") { j += 1; continue }
            if t.kind == .quoteMark, !t.spaceBefore, t.quoteMark != .openDouble, t.quoteMark != .openSingle { j += 1; continue }
            break
        }
        return j
    }

    /// Whether `token` can open a sentence.
    static func startsSentence(_ token: Token, previous: Token) -> Bool {
        switch token.kind {
        case .word: return token.isCapitalized
        case .number: return true
        case .quoteMark: return token.spaceBefore || previous.kind == .quoteMark
        case .punctuation: return token.is("(") || token.is("[") || token.text == "—" || token.text == "–"
        }
    }
}
