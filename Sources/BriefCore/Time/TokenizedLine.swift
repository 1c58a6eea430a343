/// A line of a text as the one text pass reads it: its shared ``Token``s and its sentences (as the
/// ``SentenceSplitter`` finds them), with where the line starts in the text. Temporal analysis reads
/// these rather than tokenising the text again: a paragraph is tokenised and split once, for
/// quotations, names, roles and dates.
public struct TokenizedLine: Sendable {
    /// Where the line starts, in UTF-8 bytes of the whole text; the tokens' spans are relative to it.
    public let offset: Int
    /// The line's tokens, in order.
    public let tokens: [Token]
    /// The sentences, as ranges of ``tokens`` that cover every token in order.
    public let sentences: [Range<Int>]

    /// The tokens and sentences of `paragraph`, which starts `offset` bytes into the text.
    public init(_ paragraph: ParagraphText, offset: Int = 0) {
        self.offset = offset
        self.tokens = paragraph.tokens
        self.sentences = paragraph.sentences
    }

    /// Tokenises and splits `text`, a line that starts `offset` bytes into the text.
    init(text: String, offset: Int) {
        self.offset = offset
        self.tokens = Tokenizer.tokenize(text)
        self.sentences = SentenceSplitter.sentences(tokens)
    }

    /// Every line of `text` that holds a token (a line feed ends a line, and so a sentence), for a text
    /// with no ``ParagraphText`` at hand.
    static func lines(of text: String) -> [TokenizedLine] {
        var lines: [TokenizedLine] = []
        var start = 0
        let bytes = Array(text.utf8)
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end > start {
                let line = TokenizedLine(text: text.utf8Slice(start, end), offset: start)
                if !line.tokens.isEmpty { lines.append(line) }
            }
            start = end + 1
        }
        return lines
    }
}
