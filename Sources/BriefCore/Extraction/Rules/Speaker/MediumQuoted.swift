/// `“Q,” MEDIUM quoted X as saying`: a news outlet quotes the speaker, who is X, not the outlet.
struct MediumQuoted: SpeakerRule {
    let id = RuleID.speakerMedium

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        guard let close = quote.quote.close else { return nil }
        return quote.a.mediumAfter(close)?.by(id)
    }
}

extension Attributor {
    /// `“Q,” MEDIUM quotes X as saying`: the speaker is X.
    func mediumAfter(_ close: Int) -> Finding? {
        let sentenceEnd = p.sentences[p.sentenceOf[close]].upperBound
        var k = close + 1
        while k < min(sentenceEnd, close + 8) {
            if SpeechVerbs.quoting.contains(p.lower(k)), let m = byStart[k + 1] ?? firstMention(from: k + 1, within: 4),
               let range = mentionTokens[m], p.lower(range.upperBound) == "as",
               Self.quotingParticiples.contains(p.lower(range.upperBound + 1)) {
                return Finding(speaker: .mention(m), pattern: .medium)
            }
            k += 1
        }
        return nil
    }
}
