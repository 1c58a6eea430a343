extension ReportedSpeechFinder {

    /// The speaker of a verb of saying whose subject none of the narrower rules found: the subject of
    /// the sentence's earlier verb after "and"/"but" ("Ames praised the plan but said …"), or the
    /// whole subject from the start of the sentence ("Jo Ames, a teacher who ran the club for years,
    /// said …", "An average of recent polls shows …").
    func fallbackSubject(before v: Int, stance: Int?, _ sentence: Range<Int>, _ p: ParagraphText, _ a: Attributor) -> SpeakerPhrase? {
        guard stance == nil, a.isVerb(v), p.flags(v).contains(.reportingVerb) || Self.thatVerbs.contains(p.lower(v)) else { return nil }
        let start = sentence.lowerBound
        var end = v
        while end > start, p.flags(end - 1).contains(.skippable) || p.tokens[end - 1].is(",") { end -= 1 }
        if end > start + 2, Attributor.verbLinks.contains(p.lower(end - 1)) {
            return a.clauseSubject(before: end - 1, sentenceStart: start)
        }
        // "continues to state", "the states": an infinitive or a noun, not a verb with a subject.
        guard p.lower(v - 1) != "to", !Self.nounLike.contains(p.lower(v)), end - start <= 24, let first = p.token(start), first.kind == .word,
              first.isCapitalized, !Self.nonSubjectOpeners.contains(first.lower), !first.lower.hasSuffix("ing"), !first.lower.hasSuffix("ly"),
              !isDateline(start, p) else { return nil }
        for k in start..<end {
            let t = p.tokens[k]
            guard !p.insideQuote[k], !t.isTerminal, !t.is(":"), !t.is(";"), !t.isDoubleQuote, !Attributor.dashes.contains(t.text), t.text != "--", t.text != "-",
                  !Self.finiteVerbs.contains(t.lower), !(t.kind == .word && !t.isCapitalized && t.lower.hasSuffix("ed")),
                  !Self.verbWords.contains(t.lower) || !a.isVerb(k) else { return nil }
        }
        let range = trimmedSubject(start..<end, p)
        guard range.count >= 2 || (range.count == 1 && p.tokens[range.lowerBound].isCapitalized) else { return nil }
        if let m = appositiveSubject(range, p, a) { return .mention(m) }
        return .unknown(p.text(of: range))
    }

    /// The person a whole subject names beside an appositive: the name before it ("Navdeep Bains,
    /// Minister of Innovation, Science and Economic Development") or the name closing it after one
    /// description ("His father, Ernie LeBlanc"); nil otherwise.
    func appositiveSubject(_ range: Range<Int>, _ p: ParagraphText, _ a: Attributor) -> Int? {
        if let m = a.byStart[range.lowerBound], a.mentionKinds[m] == .person, let name = a.mentionTokens[m],
           name.upperBound < range.upperBound, p.tokens[name.upperBound].is(",") {
            return m
        }
        var end = range.upperBound
        while end > range.lowerBound, p.tokens[end - 1].is(",") { end -= 1 }
        guard end > range.lowerBound, let m = a.byEnd[end - 1], a.mentionKinds[m] == .person, let name = a.mentionTokens[m],
              name.lowerBound > range.lowerBound + 1, p.tokens[name.lowerBound - 1].is(","),
              !(range.lowerBound..<(name.lowerBound - 1)).contains(where: { p.tokens[$0].is(",") }) else { return nil }
        return m
    }

    /// Whether the sentence opens with a dateline in capitals ("WASHINGTON —", "ROME, Italy -").
    func isDateline(_ start: Int, _ p: ParagraphText) -> Bool {
        let t = p.tokens[start]
        return t.text.count > 2 && t.text.allSatisfy { $0.isUppercase || $0 == "." } && p.token(start + 1)?.kind == .punctuation
    }

    /// The subject `range` without an opening sentence adverb, a relative or participle clause after
    /// it ("…, who lives nearby", "…, speaking on condition of anonymity") and a short lower-case
    /// or numeric phrase after its last comma (", however", ", in fact", ", 58").
    func trimmedSubject(_ range: Range<Int>, _ p: ParagraphText) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, Self.sentenceAdverbs.contains(p.lower(start)) || p.tokens[start].is(",") { start += 1 }
        if let cut = ((start + 1)..<max(start + 1, end)).first(where: { k in
            Self.relativeClauseWords.contains(p.lower(k)) || (p.tokens[k].is(",") && p.lower(k + 1).hasSuffix("ing") && p.token(k + 1)?.isCapitalized == false)
        }) { end = cut }
        while end > start {
            if p.tokens[end - 1].is(",") { end -= 1; continue }
            let last = p.tokens[end - 1]
            if end - start > 1, last.kind == .word, !last.isCapitalized, Self.trailingAdverbs.contains(last.lower) || last.lower.hasSuffix("ly") {
                end -= 1
                continue
            }
            guard let comma = (start..<end).last(where: { p.tokens[$0].is(",") }), end - comma <= 4,
                  ((comma + 1)..<end).allSatisfy({ (p.tokens[$0].kind == .word && !p.tokens[$0].isCapitalized) || p.tokens[$0].kind == .number }) else { break }
            end = comma
        }
        return start..<end
    }

    /// The words of `range` as a speaker no narrower rule named ("exit polls", "current and former
    /// officials"): at most `limit` words and numbers, with no quotation, pronoun, auxiliary or verb of
    /// saying, opening with no preposition or conjunction.
    func plainPhrase(_ range: Range<Int>, limit: Int, _ p: ParagraphText, _ a: Attributor) -> SpeakerPhrase? {
        let range = trimmedSubject(range, p)
        guard !range.isEmpty, range.count <= limit, !Self.nonSubjectOpeners.contains(p.lower(range.lowerBound)),
              // "Sunday", "dryly", "secretary of": a day, an adverb or a phrase cut short is no speaker.
              !p.flags(range.lowerBound).contains(.skippable) || range.count > 1, !p.lower(range.upperBound - 1).hasSuffix("ly"),
              !Attributor.clauseBreakers.contains(p.lower(range.upperBound - 1)), !p.flags(range.upperBound - 1).contains(.nounDeterminer)
        else { return nil }
        for k in range {
            let t = p.tokens[k]
            guard !p.insideQuote[k], t.kind == .word || t.kind == .number || t.is(",") || t.is("(") || t.is(")"),
                  !Attributor.pronouns.contains(t.lower), !Self.finiteVerbs.contains(t.lower), t.lower != "that",
                  !Self.verbWords.contains(t.lower) || !a.isVerb(k) else { return nil }
        }
        return .unknown(p.text(of: range))
    }
}
