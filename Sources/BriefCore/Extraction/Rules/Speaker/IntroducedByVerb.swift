/// `SPEAKER VERB: “Q”`, `SPEAKER VERB that “Q”`: the nearest speech verb before the quotation
/// introduces it directly (``Attributor/speechVerbBefore(_:)``). It comes before ``AfterQuote``;
/// the same verb introducing only a reported clause comes after it (``ReportedClauseSpeaker``).
struct IntroducedByVerb: SpeakerRule {
    let id = RuleID.speakerIntroduced

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        guard let found = quote.verbBefore, found.pattern == .introduced else { return nil }
        return found
    }
}

extension Attributor {
    /// The speaker of the speech verb (or verb of stance) nearest before the quotation opening at
    /// `open`, in its sentence: introducing it (`SPEAKER VERB: “Q”`), ending a reported clause
    /// (`SPEAKER VERB (that) … “Q”`) or naming (`SPEAKER called X “Q”`).
    func speechVerbBefore(_ open: Int) -> Finding? {
        let sentenceStart = p.sentences[p.sentenceOf[open]].lowerBound
        var v = open - 1
        // A verb of stance nearest the quotation speaks for it when no speech verb further back does.
        var stance: Finding?
        // "praised A and said B “Q”": the verb without a subject nearest the quotation opens its clause.
        var clauseVerb: Int?
        while v >= max(sentenceStart, open - Self.verbReach) {
            let lower = p.lower(v)
            // ", Rubio fired back:" — the subject of another clause: a verb further back is not its.
            if startsOtherClause(endingAt: v, sentenceStart: sentenceStart) { return stance }
            if clauseVerb == nil, !p.insideQuote[v], Self.verbLinks.contains(p.lower(v - 1)), isSecondVerb(v) { clauseVerb = v }
            if !p.insideQuote[v], p.tokens[v].kind == .word, isVerb(v) || lower == "according" {
                if var found = finding(verb: v, open: open, sentenceStart: sentenceStart) {
                    if let clauseVerb, found.verb != nil, found.pattern == .reported { found.verb = clauseVerb }
                    return found
                }
                // A verb without its own subject ("and said", "but said", ", warning that"): look further back.
                if !(SpeechVerbs.participles.contains(lower) || Self.verbLinks.contains(p.lower(v - 1))
                     || p.token(v - 1)?.is(",") == true) { return stance }
            } else if stance == nil {
                stance = stanceFinding(verb: v, sentenceStart: sentenceStart)
            }
            v -= 1
        }
        return stance
    }

    /// Whether the lower-case word at `v` may be a second verb of a speaker that opens its own clause: a
    /// verb of saying, of stance or of communication in a finite form ("said", "adds", "accused") or a
    /// participle ("accusing"), not a base form, which after "and" continues a clause ("he'd sit down
    /// and tell him …").
    func isSecondVerb(_ v: Int) -> Bool {
        guard p.tokens[v].kind == .word, !p.tokens[v].isCapitalized else { return false }
        let lower = p.lower(v)
        guard ReportedSpeechFinder.reporting.contains(lower) || ReportedSpeechFinder.stanceVerbs[lower] != nil
                || ReportedSpeechFinder.secondOnlyVerbs.contains(lower) else { return false }
        return lower.hasSuffix("s") || lower.hasSuffix("d") || lower.hasSuffix("ing") || lower == "wrote"
    }

    /// Whether a person's name or a pronoun ends at `k` and is the subject of a clause of its own:
    /// after a comma, a conjunction or the sentence start, and followed by a verb that is not a
    /// speech verb.
    func startsOtherClause(endingAt k: Int, sentenceStart: Int) -> Bool {
        let start: Int
        if let m = byEnd[k], mentionKinds[m] == .person, let range = mentionTokens[m] {
            start = range.lowerBound
        } else if Self.clauseSubjectPronouns.contains(p.lower(k)) {
            start = k
        } else {
            return false
        }
        // "Obama, Abe and Park to …": a preposition or conjunction opens no predicate.
        guard let next = p.token(k + 1), next.kind == .word, !next.isCapitalized, !isVerb(k + 1), !Self.clauseBreakers.contains(next.lower),
              !Self.skippable.contains(next.lower) || Self.clauseAuxiliaries.contains(next.lower) else { return false }
        var before = start - 1
        while true {
            while before >= sentenceStart, p.tokens[before].kind == .word, Titles.isRoleWord(p.lower(before)) || Countries.ofDemonym(p.lower(before)) != nil { before -= 1 }
            // "said both Rubio and Cruz are": the second of two names joined by "and" is not a clause's subject by itself.
            guard before > sentenceStart, Self.coordinators.contains(p.lower(before)), let m = byEnd[before - 1], let range = mentionTokens[m] else { break }
            before = range.lowerBound - 1
        }
        if before < sentenceStart { return true }
        let t = p.tokens[before]
        return t.is(",") || t.is(";") || Self.clauseOpeners.contains(t.lower)
    }

    /// The finding for the speech verb at `v` introducing the quotation opening at `open`.
    func finding(verb v: Int, open: Int, sentenceStart: Int) -> Finding? {
        let lower = p.lower(v)
        if lower == "according" {
            guard p.lower(v + 1) == "to", let (speaker, _) = phrase(at: v + 2) else { return nil }
            return Finding(speaker: speaker, pattern: .reported)
        }
        // "Reuters quoted X as saying “Q”": the speaker is X.
        if Self.mediumParticiples.contains(lower), p.lower(v - 1) == "as", let m = byEnd[v - 2],
           SpeechVerbs.quoting.contains(p.lower((mentionTokens[m]?.lowerBound ?? 0) - 1)) {
            return Finding(speaker: .mention(m), pattern: .medium)
        }
        // "went on to say, “Q”", "interjected to say: “Q”": the subject of the verb before "to".
        if p.lower(v - 1) == "to", Self.infinitiveSpeechVerbs.contains(lower) {
            var w = v - 2
            while w > sentenceStart, Self.goOnParticles.contains(p.lower(w)) { w -= 1 }
            guard w > sentenceStart, let t = p.token(w), t.kind == .word, !t.isCapitalized, !p.insideQuote[w],
                  let speaker = QuoteSubjectRules.subject(QuoteVerbView(a: self, v: w, sentenceStart: sentenceStart),
                                                          by: QuoteSubjectRules.beforeInfinitive) else { return nil }
            let direct = ((v + 1)..<open).allSatisfy { p.tokens[$0].is(":") || p.tokens[$0].is(",") }
            return Finding(speaker: speaker, pattern: direct ? .introduced : .reported, verb: v)
        }
        let participle = SpeechVerbs.participles.contains(lower) && (p.token(v - 1)?.is(",") == true || p.token(v - 1)?.kind == .word && !Self.copulas.contains(p.lower(v - 1)))
        // "with Gorka noting …": a name right before the participle is its subject.
        let adjacent = participle && (byEnd[v - 1] != nil || Self.pronouns.contains(p.lower(v - 1)))
        // The speaker: the first rule of ``QuoteSubjectRules`` for the verb's form that finds one.
        let rules = participle && !adjacent ? QuoteSubjectRules.participle : QuoteSubjectRules.finite
        guard let found = QuoteSubjectRules.subject(QuoteVerbView(a: self, v: v, sentenceStart: sentenceStart), by: rules) else { return nil }
        let speaker = whatClauseSubject(verb: v, pronoun: found, sentenceStart: sentenceStart) ?? found
        let between = (v + 1 + particleLength(v))..<open
        let direct = between.allSatisfy { p.tokens[$0].is(":") || p.tokens[$0].is(",") || p.lower($0) == "that" }
        if SpeechVerbs.naming.contains(lower) {
            let object = between.lazy.compactMap { self.byStart[$0] }.first
            return Finding(speaker: speaker, pattern: direct ? .introduced : .naming, object: object, verb: v)
        }
        return Finding(speaker: speaker, pattern: direct ? .introduced : .reported, verb: v)
    }

    /// The person named as the sentence's subject when the verb at `v` is that of a "what he calls"
    /// or "whom she called" clause whose pronoun is `pronoun` ("Ames railed against what he calls
    /// “…”": the words are Ames's), or nil.
    func whatClauseSubject(verb v: Int, pronoun: SpeakerPhrase, sentenceStart: Int) -> SpeakerPhrase? {
        guard case .pronoun(let word) = pronoun, Self.singularPersonalPronouns.contains(word), v - 2 > sentenceStart,
              p.lower(v - 1) == word, Self.whatClauseWords.contains(p.lower(v - 2)),
              case .mention(let m)? = clauseSubject(before: v - 2, sentenceStart: sentenceStart), mentionKinds[m] == .person else { return nil }
        return .mention(m)
    }
}
