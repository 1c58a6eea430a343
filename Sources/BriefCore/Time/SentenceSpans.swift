/// Sentences as byte spans, the form in which the one sentence split of a paragraph (the shared
/// ``SentenceSplitter``, over ``ParagraphText``'s tokens) reaches temporal analysis, whose recogniser
/// reads tokens of its own (``TimexToken``): quotations, names, roles and dates share one split.
enum SentenceSpans {
    /// The sentences of `text` as the shared splitter finds them, each line a paragraph of its own (a
    /// line break always ends a sentence), as UTF-8 byte spans of `text`. For a text with no
    /// ``ParagraphText`` at hand.
    static func of(_ text: String) -> [ByteSpan] {
        var out: [ByteSpan] = []
        var start = 0
        let bytes = Array(text.utf8)
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end > start {
                let tokens = Tokenizer.tokenize(text.utf8Slice(start, end))
                for sentence in SentenceSplitter.sentences(tokens) {
                    out.append(ByteSpan(start: start + tokens[sentence.lowerBound].span.start, end: start + tokens[sentence.upperBound - 1].span.end))
                }
            }
            start = end + 1
        }
        return out
    }

    /// `spans` (in order) as ranges of `tokens` that cover every token in order: a token belongs to
    /// the first sentence that ends after its first byte, or to the last sentence.
    static func tokenRanges(_ spans: [ByteSpan], of tokens: [TimexToken]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var sentence = 0
        for (index, token) in tokens.enumerated() {
            while sentence < spans.count, token.start >= spans[sentence].end {
                if index > start {
                    ranges.append(start..<index)
                    start = index
                }
                sentence += 1
            }
        }
        if start < tokens.count { ranges.append(start..<tokens.count) }
        return ranges
    }
}
