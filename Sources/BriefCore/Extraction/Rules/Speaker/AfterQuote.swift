/// `“Q,” SPEAKER VERB`, `“Q,” VERB SPEAKER`, `“Q,” according to SPEAKER`, `“Q” — NAME`, and an
/// attribution closing the quotation's sentence (``Attributor/after(_:)``).
struct AfterQuote: SpeakerRule {
    let id = RuleID.speakerAfterQuote

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        guard let close = quote.quote.close else { return nil }
        return quote.a.after(close)
    }
}

extension Attributor {
    /// `“Q,” SPEAKER VERB`, `“Q,” VERB SPEAKER`, `“Q,” according to SPEAKER`.
    func after(_ close: Int) -> Finding? {
        var j = close + 1
        while let t = p.token(j), t.is(",") || Self.dashes.contains(t.text) { j += 1 }
        guard let first = p.token(j), first.kind == .word || first.kind == .number else { return nil }
        if let byline = byline(after: close, at: j) { return byline }
        // “… our gates.” French Defence Minister X said …: a full stop ended the sentence.
        if p.sentenceOf[j] != p.sentenceOf[close], close > 0, p.tokens[close - 1].text == "." { return bareAttribution(at: j) }
        if first.lower == "according", p.lower(j + 1) == "to", let (speaker, _) = phrase(at: j + 2) {
            return Finding(speaker: speaker, pattern: .after)
        }
        if isVerb(j) && !SpeechVerbs.naming.contains(first.lower) {
            guard let (speaker, _) = phrase(at: j + 1 + particleLength(j)) ?? describedSpeaker(at: j + 1 + particleLength(j)) else { return nil }
            return Finding(speaker: speaker, pattern: .after)
        }
        if let speaker = speakerBeforeVerb(at: j) { return Finding(speaker: speaker, pattern: .after) }
        // A name after role words the recogniser took for another name: "Clinton campaign spokesman Brian Fallon said".
        // "9/11 widow Jo Ames said", "Fight for Ames organizing director Jo Ames said": "of" or "for" inside a name.
        var k = j + 1
        while k < j + 8, let t = p.token(k), t.kind == .word, !isVerb(k),
              !Self.clauseBreakers.contains(t.lower) || (Self.ofOrFor.contains(t.lower) && p.token(k + 1)?.isCapitalized == true) {
            if byStart[k] != nil, let speaker = speakerBeforeVerb(at: k) { return Finding(speaker: speaker, pattern: .after) }
            k += 1
        }
        return finalClause(after: close)
    }

    /// `“Q,” says a source involved in the group’s creation.`: a described speaker after the verb that
    /// opens with a determiner and runs, without a verb, comma or quotation mark, over at most ten
    /// words to the end of the sentence.
    func describedSpeaker(at k: Int) -> (SpeakerPhrase, Int)? {
        guard let t = p.token(k), t.kind == .word, p.flags(k).contains(.determiner) else { return nil }
        var end = k + 1
        while end < k + 11, let w = p.token(end), w.kind == .word || w.kind == .number, !p.insideQuote[end], !isVerb(end) { end += 1 }
        guard end > k + 1, let after = p.token(end), after.isTerminal, p.sentenceOf[end] == p.sentenceOf[k] else { return nil }
        return (.nominal(head: Token.lowered(p.tokens[end - 1].withoutPossessive), text: p.text(of: k..<end)), end)
    }

    /// `“Q.” Jo Ames said.`: a sentence of nothing but a name and a speech verb after a quotation
    /// that its full stop closed attributes that quotation.
    func bareAttribution(at j: Int) -> Finding? {
        guard let (speaker, end) = phrase(at: j) else { return nil }
        switch speaker {
        case .mention, .unknown: break
        default: return nil
        }
        guard isVerb(end), !p.flags(end).contains(.namingVerb), !p.flags(end).contains(.participle),
              let t = p.token(end + 1), t.isTerminal, p.sentenceOf[end + 1] == p.sentenceOf[j] else { return nil }
        return Finding(speaker: speaker, pattern: .after)
    }

    /// `“Q” — NAME` closing the paragraph, as under a reader's letter or a list of reactions: the
    /// name (with an optional ", Organisation") is the speaker when nothing else follows it.
    func byline(after close: Int, at j: Int) -> Finding? {
        guard ((close + 1)..<j).contains(where: { Self.dashes.contains(p.tokens[$0].text) }),
              let (speaker, end) = phrase(at: j) else { return nil }
        switch speaker {
        case .mention, .unknown: break
        default: return nil
        }
        var k = end
        // "― Dana Ortiz, Riverside Tenants Union": an affiliation of capitalised words.
        if p.token(k)?.is(",") == true {
            k += 1
            while let t = p.token(k), t.kind == .word, t.isCapitalized || p.flags(k).contains(.determiner) || t.lower == "of" { k += 1 }
        }
        while let t = p.token(k), t.isTerminal || t.kind == .quoteMark { k += 1 }
        return k >= p.tokens.count ? Finding(speaker: speaker, pattern: .after) : nil
    }

    /// `“Q” and more of the reporter's words, SPEAKER said.`: an attribution closing the sentence.
    func finalClause(after close: Int) -> Finding? {
        let end = p.sentences[p.sentenceOf[close]].upperBound
        if let inverted = finalInverted(after: close, end: end) { return inverted }
        var last = end - 1
        while last > close, p.tokens[last].isTerminal || p.tokens[last].kind == .quoteMark { last -= 1 }
        guard last > close, p.tokens[last].kind == .word else { return nil }
        var verb = last
        while verb > close, p.flags(verb).contains(.skippable) || p.flags(verb).contains(.weekday) { verb -= 1 }
        guard isVerb(verb), !p.flags(verb).contains(.namingVerb) else { return nil }
        var comma = verb - 1
        while comma > close, !p.tokens[comma].is(","), verb - comma < 8 { comma -= 1 }
        guard comma > close, p.tokens[comma].is(","), !(comma..<verb).contains(where: { p.insideQuote[$0] }),
              let speaker = speakerBeforeVerb(at: comma + 1) else { return nil }
        return Finding(speaker: speaker, pattern: .after)
    }

    /// `“Q” and more of the reporter's words, said SPEAKER, a description.`: the last clause of the
    /// sentence is an inverted attribution after a comma, with no other quotation after `close`.
    func finalInverted(after close: Int, end: Int) -> Finding? {
        var k = end - 1
        while k > close + 1 {
            if p.insideQuote[k] || p.tokens[k].kind == .quoteMark { return nil }
            if p.tokens[k].is(","), isVerb(k + 1), !p.flags(k + 1).contains(.namingVerb),
               !p.flags(k + 1).contains(.participle), let (speaker, after) = phrase(at: k + 2 + particleLength(k + 1)),
               !p.holdsPastClause((k + 2)..<after) {
                switch speaker {
                case .mention, .nominal: return Finding(speaker: speaker, pattern: .after)
                default: return nil
                }
            }
            k -= 1
        }
        return nil
    }
}
