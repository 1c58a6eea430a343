extension QuoteAssembler {
    /// The quotation (index into `drafts`) that `draft`, the quotation at index `s` of paragraph `p`,
    /// continues, or nil (``RuleID/speakerContinued``): the next paragraph of a long quotation left
    /// open; a paragraph that is all quotation after a paragraph ending in an attributed one; the
    /// second half of “…,” he said. “…”. The continued quotation's speaker passes along the chain
    /// once the article's quotations are assembled.
    func continuation(of draft: Draft, at s: Int, in p: ParagraphText, after drafts: [Draft], base: Int) -> Int? {
        let segment = draft.segment
        if s == 0, segment.open == 0, let previous = drafts.last, previous.paragraph == p.number - 1, previous.segment.close == nil {
            return drafts.count - 1
        } else if s == 0, segment.open == 0, draft.finding == nil, let previous = drafts.last, previous.paragraph == p.number - 1,
                  previous.speakerText != nil, previous.finding != nil, endsParagraph(previous, base: base), isFullSentence(segment, in: p),
                  isWholeParagraph(segment, in: p) {
            // A paragraph that is all quotation after a paragraph ending in an attributed one: the same voice goes on.
            return drafts.count - 1
        } else if s > 0, draft.finding == nil, let previous = attributedBefore(in: drafts, paragraph: p.number, opensSentence: opensSentence(segment, in: p)),
                  isFullSentence(segment, in: p) || resumesAfterAttribution(segment, previous: drafts[previous], in: p) {
            return previous
        }
        return nil
    }
}
