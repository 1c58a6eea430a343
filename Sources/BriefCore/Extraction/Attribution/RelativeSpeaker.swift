extension ReportedSpeechFinder {

    /// The speaker and the verb of saying of a relative clause opened at `k` that has a subject of its
    /// own ("which critics say is flawed", "which he believes will fail"): a reporting verb within five
    /// words, a subject between, and no other verb before it; nil otherwise.
    func relativeSpeaker(after k: Int, end: Int, _ p: ParagraphText, _ a: Attributor) -> (phrase: SpeakerPhrase, verb: Int)? {
        guard k + 2 < end, Self.relativeSpeakerOpeners.contains(p.lower(k)), !p.insideQuote[k] else { return nil }
        for v in (k + 2)..<min(end - 1, k + 7) {
            let t = p.tokens[v]
            guard t.kind == .word || t.kind == .number, !p.insideQuote[v] else { return nil }
            // "which he believes will fail": a verb of believing is no speech verb of the attributor's lexicon.
            if Self.reporting.contains(t.lower), a.isVerb(v) || Self.thatVerbs.contains(t.lower), !Self.nounLike.contains(t.lower) {
                let subject = (k + 1)..<end
                guard let phrase = SubjectRules.subject(VerbView(finder: self, v: v, subjectEnd: v, stance: nil, sentence: subject, p: p, a: a),
                                                        by: SubjectRules.relativeClause) else { return nil }
                return (phrase, v)
            }
            if Self.verbWords.contains(t.lower) || Self.finiteVerbs.contains(t.lower) { return nil }
        }
        return nil
    }

    /// The statement of a relative clause with a speaker of its own after a reported clause ending at
    /// the comma `comma` ("criticized the budget, which auditors said was flawed": "was flawed", by the
    /// auditors).
    func relativeStatement(after comma: Int, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        guard p.token(comma)?.is(",") == true, let (phrase, v) = relativeSpeaker(after: comma + 1, end: end, p, a) else { return nil }
        let start = p.lower(v + 1) == "that" ? v + 2 : v + 1
        guard end - start >= 2 else { return nil }
        return (phrase, v - 1, start..<clauseEnd(from: start, end: end, p, a))
    }
}
