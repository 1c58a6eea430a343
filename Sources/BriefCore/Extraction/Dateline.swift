/// The dateline that opens a news report with the place it was filed from, in capitals: "OTTAWA —",
/// "WASHINGTON (Reuters) - …", "CARLSBAD, California 1996-08-24". Its first words name a place even
/// when no lexicon knows it; in a sentence in capitals they are not a headline's words.
enum Dateline {
    /// Paragraphs after this one do not open the report.
    static let lastParagraph = 3
    /// The most words of a dateline's place ("RIO DE JANEIRO").
    static let placeWords = 3

    /// The tokens of the place that opens paragraph `p` as a dateline, or nil: one to three words in
    /// capitals, then, after an optional ", Region", a date, an agency in brackets, or a dash before
    /// a paragraph of prose.
    static func place(in p: ParagraphText) -> Range<Int>? {
        guard p.number <= lastParagraph else { return nil }
        let tokens = p.tokens
        var end = 0
        while end < tokens.count, end < placeWords, tokens[end].kind == .word, ShoutedText.isInCapitals(tokens[end].text) { end += 1 }
        guard end > 0 else { return nil }
        var next = end
        if p.token(next)?.is(",") == true {
            next += 1
            while let t = p.token(next), t.kind == .word, t.isCapitalized { next += 1 }
            guard next > end + 1 else { return nil }
        }
        return opensReport(at: next, in: p) ? 0..<end : nil
    }

    /// Whether what follows a dateline's place at `index` is a date, an agency in brackets, or a dash
    /// before a sentence that is not in capitals.
    static func opensReport(at index: Int, in p: ParagraphText) -> Bool {
        guard let t = p.token(index) else { return false }
        if t.kind == .number { return t.text.utf8.count >= 4 }
        if t.kind == .word { return p.flags[index].contains(.month) && p.token(index + 1)?.kind == .number }
        if t.is("(") { return p.token(index + 1)?.kind == .word && p.token(index + 2)?.is(")") == true }
        guard t.kind == .punctuation, SentenceSplitter.datelineDashes.contains(t.text) || t.text == "--" else { return false }
        guard let after = p.token(index + 1), after.kind != .word || !ShoutedText.isInCapitals(after.text) else { return false }
        // A report's first sentence, not a section label before a headline ("PRESS DIGEST - Iraq - Aug 22").
        var words = 0
        for t in p.tokens[(index + 1)...] where t.kind == .word {
            words += 1
            if words >= reportWords { return true }
        }
        return false
    }

    /// The fewest words after a dateline's dash: a report's first paragraph, not a headline.
    static let reportWords = 12
}
