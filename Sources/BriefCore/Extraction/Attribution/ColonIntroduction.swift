extension Attributor {

    /// How many tokens, at most, stand between the subject and the colon.
    static let colonIntroductionReach = 30

    /// `SUBJECT …: “Q”` without a verb of saying ("Martell, the addictions doctor, is more blunt: “…”",
    /// "She was defiant: “…”"): a sentence that opens with a person, or with "he" or "she", and ends in
    /// a colon right before the quotation introduces that person's words. No other person, no
    /// quotation and no relative clause may stand between the subject and the colon, and a possessive
    /// ("Ames's reply:") is no subject.
    func colonIntroduction(_ open: Int) -> Finding? {
        guard open >= 3, p.tokens[open - 1].is(":") else { return nil }
        let colon = open - 1
        var start = p.sentences[p.sentenceOf[colon]].lowerBound
        // "Dr. Ilse Varga, …:": titles and honorifics before the name are part of the subject.
        while start < colon, byStart[start] == nil, p.tokens[start].kind == .word,
              !p.flags[start].isDisjoint(with: [.roleWord, .honorific]) { start += 1 }
        let speaker: SpeakerPhrase
        let subjectEnd: Int
        if let m = byStart[start], mentionKinds[m] == .person, let range = mentionTokens[m],
           p.tokens[range.upperBound - 1].possessiveLength == 0 {
            speaker = .mention(m)
            subjectEnd = range.upperBound
        } else if Self.singularPersonalPronouns.contains(p.lower(start)) {
            speaker = .pronoun(p.lower(start))
            subjectEnd = start + 1
        } else {
            return nil
        }
        guard subjectEnd < colon, colon - subjectEnd <= Self.colonIntroductionReach else { return nil }
        for k in subjectEnd..<colon {
            let t = p.tokens[k]
            if p.insideQuote[k] || t.kind == .quoteMark || Self.colonClauseBreakers.contains(t.lower) { return nil }
            if let m = byStart[k], mentionKinds[m] == .person { return nil }
        }
        return Finding(speaker: speaker, pattern: .introduced)
    }
}

/// `SUBJECT …: “Q”`: a sentence opening with a person and ending in a colon right before the quotation.
struct ColonIntroduction: SpeakerRule {
    let id = RuleID.speakerColonIntroduction

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        quote.a.colonIntroduction(quote.quote.open)?.by(id)
    }
}
