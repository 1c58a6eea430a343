extension ReportedSpeechFinder {

    /// The second verb after the conjunction at `k` and where its clause or object starts: a verb of
    /// saying, knowing, attitude or stance ("… and said that B", "… but praised B").
    func secondVerb(after k: Int, end: Int, _ p: ParagraphText, _ a: Attributor) -> (verb: Int, start: Int)? {
        var v = k + 1
        while v < end, v - k <= 3, Self.secondVerbAdverbs.contains(p.lower(v)) { v += 1 }
        guard v < end - 1, p.tokens[v].kind == .word, !p.tokens[v].isCapitalized, !p.insideQuote[v],
              Self.verbWords.contains(p.lower(v)) || Self.secondOnlyVerbs.contains(p.lower(v)),
              !Self.nounPrepositions.contains(p.lower(v + 1)) else { return nil }
        if let start = stanceStart(v, p) { return (v, start) }
        // "… and urged him to resign", "… and highlighted her plans": the object of a verb of stance or
        // of communication, a pronoun too, of a speaker already attributed.
        if Self.stanceVerbs[p.lower(v)] == "" || Self.secondOnlyVerbs.contains(p.lower(v)), let next = p.token(v + 1),
           next.kind == .word, !Self.objectlessFollowers.contains(next.lower) { return (v, v + 1) }
        guard (a.isVerb(v) && p.flags(v).contains(.reportingVerb)) || isThatVerb(v, p, a) || isAttitudeVerb(v, p),
              let start = clauseStart(after: v, end: end, p, a), end - start >= 3 else { return nil }
        return (v, start)
    }

    /// The participle of saying or stance after the conjunction at `k` (after "also") and where its
    /// clause or object starts ("… while acknowledging that B", "… but insisting B", "… and accusing him of B").
    func secondParticiple(after k: Int, end: Int, _ p: ParagraphText, _ a: Attributor) -> (verb: Int, start: Int)? {
        let v = p.lower(k + 1) == "also" ? k + 2 : k + 1
        guard v < end - 1, let t = p.token(v), t.kind == .word, !t.isCapitalized, !p.insideQuote[v], t.lower.hasSuffix("ing") else { return nil }
        if Self.stanceVerbs[t.lower] != nil, let start = stanceStart(v, p) { return (v, start) }
        guard Self.participles.contains(t.lower), let start = clauseStart(after: v, end: end, p, a), end - start >= 3 else { return nil }
        return (v, start)
    }

    /// `SPEAKER said A and said B`, `SPEAKER criticized A but praised B`: the second clause or
    /// object, of the first one's speaker.
    func sharedSubject(after main: (SpeakerPhrase, Int, Range<Int>), end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        var k = main.2.upperBound
        if p.token(k)?.is(",") == true { k += 1 }
        let verb = Self.sharedSubjectLinks.contains(p.lower(k)) ? secondVerb(after: k, end: end, p, a) : nil
        guard let second = verb ?? (Self.participleLinks.contains(p.lower(k)) ? secondParticiple(after: k, end: end, p, a) : nil),
              end - second.start >= 1 else { return nil }
        return (main.0, main.1, second.start..<clauseEnd(from: second.start, end: end, p, a))
    }
}
