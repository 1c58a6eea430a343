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
        while i < tokens.count {
            var end: Int?
            if tokens[i].isTerminal {
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
