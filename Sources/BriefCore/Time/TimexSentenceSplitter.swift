/// A minimal sentence splitter over the recogniser's tokens, private to temporal analysis (tense
/// cues and event lines need sentence boundaries): a sentence ends at `.`, `?` or `!` before a
/// capitalised word, a quotation mark or a line break, unless the period closes an abbreviation.
/// Swap for the shared splitter when there is one.
enum TimexSentenceSplitter {
    /// Sentence ranges of token indices, covering every token in order.
    static func sentences(_ tokens: TokenStream, text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        let list = tokens.tokens
        var index = 0
        while index + 1 < list.count {
            if breaksLine(list[index].end, list[index + 1].start, text)
                || (list[index].kind == .punctuation && endsSentence(tokens, index, text)) {
                sentences.append(start..<index + 1)
                start = index + 1
            }
            index += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    /// Whether the punctuation token at `index` (not the last) ends a sentence.
    private static func endsSentence(_ tokens: TokenStream, _ index: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let list = tokens.tokens
        let mark = Mark(list[index].start, list[index].end, text)
        guard mark.contains(.terminal) || mark.contains(.closer) else { return false }
        if mark.contains(.closer), index > 0, Mark(list[index - 1].start, list[index - 1].end, text).contains(.terminal) {
            return list[index + 1].spaceBefore && (list[index + 1].isCapitalized || list[index + 1].kind == .punctuation)
        }
        guard mark.contains(.terminal), list[index + 1].spaceBefore else { return false }
        guard list[index + 1].isCapitalized || Mark(list[index + 1].start, list[index + 1].end, text).contains(.opener) else { return false }
        if mark.contains(.period), index > 0, list[index - 1].kind == .word, !list[index].spaceBefore,
           isAbbreviation(list[index - 1], tokens, index - 1) {
            return false
        }
        return true
    }

    /// The part a token can play at a sentence boundary, read from its bytes: `.`, `?` and `!` end a
    /// sentence; quotation marks and `)` may close one after its terminal mark; quotation marks may open one.
    private struct Mark: OptionSet {
        let rawValue: UInt8
        static let terminal = Mark(rawValue: 1)
        static let period = Mark(rawValue: 2)
        static let closer = Mark(rawValue: 4)
        static let opener = Mark(rawValue: 8)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The marks of the token `text[start..<end]`: none for a word, a number or other punctuation.
        init(_ start: Int, _ end: Int, _ text: UnsafeBufferPointer<UInt8>) {
            switch end - start {
            case 1:
                switch text[start] {
                case 0x2E: self = [.terminal, .period]  // .
                case 0x3F, 0x21: self = .terminal  // ? !
                case 0x22, 0x27: self = [.closer, .opener]  // " '
                case 0x29: self = .closer  // )
                default: self = []
                }
            case 3 where text[start] == 0xE2 && text[start + 1] == 0x80:
                switch text[start + 2] {
                case 0x9D, 0x99: self = .closer  // ” ’
                case 0x9C, 0x98: self = .opener  // “ ‘
                default: self = []
                }
            default: self = []
            }
        }
    }

    /// "Mr.", "Sept.", "U.S.", "J." — periods that do not end a sentence.
    private static func isAbbreviation(_ word: TimexToken, _ tokens: TokenStream, _ index: Int) -> Bool {
        if word.lower.utf8.count == 1 { return true }
        if tokens.joinedPunctuation(index - 1, ".") { return true }
        return abbreviations.contains(word.lower)
    }

    /// Words before a period that make it an abbreviation's.
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
