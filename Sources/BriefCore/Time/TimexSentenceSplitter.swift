/// A minimal sentence splitter over the recogniser's tokens, private to temporal analysis (tense
/// cues and event lines need sentence boundaries): a sentence ends at `.`, `?` or `!` before a
/// capitalised word, a quotation mark or a line break, unless the period closes an abbreviation.
/// Swap for the shared splitter when there is one.
enum TimexSentenceSplitter {
    /// Sentence ranges of token indices, covering every token in order.
    static func sentences(_ tokens: TokenStream, text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        for index in 0..<tokens.count {
            guard let next = tokens[index + 1] else { break }
            if breaksLine(tokens.tokens[index].end, next.start, text) || endsSentence(tokens, index, next) {
                sentences.append(start..<index + 1)
                start = index + 1
            }
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    private static func endsSentence(_ tokens: TokenStream, _ index: Int, _ next: TimexToken) -> Bool {
        let token = tokens.tokens[index]
        guard token.kind == .punctuation else { return false }
        let isQuote = closers.contains(token.lower)
        if isQuote, index > 0, terminals.contains(tokens.tokens[index - 1].lower) {
            return next.spaceBefore && (next.isCapitalized || next.kind == .punctuation)
        }
        guard terminals.contains(token.lower), next.spaceBefore else { return false }
        guard next.isCapitalized || openers.contains(next.lower) else { return false }
        if token.lower == ".", let previous = tokens[index - 1], previous.kind == .word, !token.spaceBefore,
           isAbbreviation(previous, tokens, index - 1) {
            return false
        }
        return true
    }

    /// "Mr.", "Sept.", "U.S.", "J." — periods that do not end a sentence.
    private static func isAbbreviation(_ word: TimexToken, _ tokens: TokenStream, _ index: Int) -> Bool {
        if word.lower.utf8.count == 1 { return true }
        if tokens.joinedPunctuation(index - 1, ".") { return true }
        return abbreviations.contains(word.lower)
    }

    /// Marks that end a sentence.
    private static let terminals: WordSet = [".", "?", "!"]
    /// Quotation marks and brackets that may close a sentence after its terminal mark.
    private static let closers: WordSet = ["\"", "”", "’", "'", ")"]
    /// Quotation marks that may open a sentence.
    private static let openers: WordSet = ["\"", "“", "‘", "'"]

    private static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt", "st", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd",
        "no", "vs", "etc", "mt", "ft", "rev", "hon", "gov", "pres", "adm", "cmdr",
    ]

    private static func breaksLine(_ from: Int, _ to: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = from
        while index < to { if text[index] == 0x0A { return true }; index += 1 }
        return false
    }
}
