/// Finds statements reported without quotation marks, by three patterns of news writing:
/// `SPEAKER VERB (that) CLAUSE` ("Officials say details remain confidential"), `CLAUSE, SPEAKER
/// VERB.` ("The plan will fail, Smith said.") and `According to SPEAKER, CLAUSE`. Sentences holding
/// a quotation (other than a scare quote) are left to the quotations. The speaker must be found: a clause with no speaker is
/// not reported speech.
struct ReportedSpeechFinder {
    /// Verbs that report what someone said or wrote (a subset of the speech verbs: no "asked", no
    /// naming verbs).
    static let reporting = WordList.set("""
    say says said tell tells told add adds added warn warns warned insist insists insisted note notes noted \
    write writes wrote explain explains explained argue argues argued claim claims claimed declare declares \
    declared announce announces announced state states stated stress stresses stressed acknowledge \
    acknowledges acknowledged admit admits admitted suggest suggests suggested predict predicts predicted \
    contend contends contended assert asserts asserted maintain maintains maintained concede concedes conceded \
    confirm confirms confirmed deny denies denied report reports reported allege alleges alleged \
    complain complains complained tweeted recalled recalls testified believes believed
    """)

    /// Objects of "told" that may stand before the reported clause without "that".
    static let addressees = WordList.set("reporters journalists me us him her them supporters voters")

    let paragraphs: [ParagraphText]
    let linked: MentionLinker.Linked
    /// The article's quotations: a sentence holding one that is not a scare quote is left to it.
    let quotes: [Quotation]

    /// The reported statements of the article, in text order.
    func statements() -> [ReportedStatement] {
        var out: [ReportedStatement] = []
        let resolver = SpeakerResolver(linked: linked, paragraphs: paragraphs)
        for index in paragraphs.indices {
            let p = paragraphs[index]
            let attributor = Attributor.make(paragraph: index, paragraphs: paragraphs, linked: linked)
            let quoted = quotes.filter { $0.paragraph == p.number && !$0.isScareQuote }.map(\.span)
            for sentence in p.sentences {
                let bytes = ByteSpan(start: p.tokens[sentence.lowerBound].span.start, end: p.tokens[sentence.upperBound - 1].span.end)
                if quoted.contains(where: { $0.overlaps(bytes) }) { continue }
                guard let (phrase, pronounAt, clause) = find(in: sentence, p, attributor) else { continue }
                let r = resolver.resolve(phrase, paragraph: p.number, pronounAt: pronounAt)
                let span = ByteSpan(start: p.tokens[clause.lowerBound].span.start, end: p.tokens[clause.upperBound - 1].span.end)
                var statement = ReportedStatement(paragraph: p.number, span: span, text: span.text(in: p.text), speakerText: r.text,
                                                  speakerMention: r.mention, speakerEntity: r.entity,
                                                  attribution: r.inferred ? .inferred : .explicit)
                let extent = SpeakerExtent(a: attributor)
                if let core = extent.core(of: phrase, candidates: linked.candidates, near: pronounAt) {
                    let range = extent.extent(of: core)
                    statement.speakerPhrase = p.text(of: range)
                    statement.speakerSpan = ByteSpan(start: p.tokens[range.lowerBound].span.start, end: p.tokens[range.upperBound - 1].span.end)
                }
                out.append(statement)
            }
        }
        return out
    }

    /// The speaker phrase, the token of its pronoun (if any), and the token range of the clause.
    func find(in sentence: Range<Int>, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        let end = trimmedEnd(sentence, p)
        guard end - sentence.lowerBound >= 4 else { return nil }
        // According to SPEAKER, CLAUSE.
        if p.lower(sentence.lowerBound) == "according", p.lower(sentence.lowerBound + 1) == "to",
           let (phrase, after) = a.phrase(at: sentence.lowerBound + 2), p.token(after)?.is(",") == true, end - after > 3 {
            return (phrase, sentence.lowerBound + 2, (after + 1)..<end)
        }
        // CLAUSE, SPEAKER VERB. / CLAUSE, VERB SPEAKER.
        if let found = final(sentence, end: end, p, a) { return found }
        // SPEAKER VERB (that) CLAUSE.
        for v in sentence where a.isVerb(v) && Self.reporting.contains(p.lower(v)) {
            guard let phrase = a.subject(before: v, sentenceStart: sentence.lowerBound) ?? group(before: v, sentence, p) else { return nil }
            guard let start = clauseStart(after: v, end: end, p, a), end - start >= 3 else { return nil }
            return (phrase, v - 1, start..<end)
        }
        return nil
    }

    /// A group of people as the subject ("Officials say", "Analysts said"): a speaker that is no actor.
    func group(before v: Int, _ sentence: Range<Int>, _ p: ParagraphText) -> SpeakerPhrase? {
        guard v > sentence.lowerBound, CommonWords.groupNouns.contains(p.lower(v - 1)) else { return nil }
        var start = v - 1
        while start > sentence.lowerBound, p.tokens[start - 1].kind == .word, !Attributor.clauseBreakers.contains(p.lower(start - 1)),
              start > v - 4 { start -= 1 }
        return .unknown(p.text(of: start..<v))
    }

    /// `CLAUSE, SPEAKER VERB.` at the end of the sentence.
    func final(_ sentence: Range<Int>, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        var verb = end - 1
        while verb > sentence.lowerBound, Attributor.skippable.contains(p.lower(verb)) || CommonWords.weekdays.contains(p.lower(verb)) { verb -= 1 }
        var comma = verb - 1
        while comma > sentence.lowerBound, !p.tokens[comma].is(","), verb - comma < 9 { comma -= 1 }
        guard comma - sentence.lowerBound >= 3, p.tokens[comma].is(",") else { return nil }
        if a.isVerb(verb), Self.reporting.contains(p.lower(verb)), let phrase = a.speakerBeforeVerb(at: comma + 1) {
            return (phrase, comma + 1, sentence.lowerBound..<comma)
        }
        if a.isVerb(comma + 1), Self.reporting.contains(p.lower(comma + 1)), let (phrase, after) = a.phrase(at: comma + 2), after >= end - 1 {
            return (phrase, comma + 2, sentence.lowerBound..<comma)
        }
        return nil
    }

    /// Where the reported clause starts after the verb at `v`: after "that", after an addressee of
    /// "told", or right after the verb; nil when the verb takes no clause.
    func clauseStart(after v: Int, end: Int, _ p: ParagraphText, _ a: Attributor) -> Int? {
        var k = v + 1
        // "told reporters (that)", "told CNN that", "said on Monday that".
        var skipped = 0
        while k < end, skipped < 6, p.lower(k) != "that" {
            let t = p.tokens[k]
            let told = ["told", "tells", "tell"].contains(p.lower(v))
            guard t.kind == .word, told || Attributor.skippable.contains(t.lower) || CommonWords.weekdays.contains(t.lower) else { break }
            if told && Self.addressees.contains(t.lower) && p.lower(k + 1) != "that" { return k + 1 }
            k += 1
            skipped += 1
        }
        if p.lower(k) == "that" { return k + 1 }
        if ["told", "tells", "tell"].contains(p.lower(v)) { return nil }
        guard k == v + 1, let t = p.token(k), t.kind == .word || t.kind == .number,
              !["to", "in", "on", "at", "of", "for", "with", "it", "so", "nothing", "something", "this", "yes", "no"].contains(t.lower) else { return nil }
        return k
    }

    /// The end of the sentence without its closing punctuation.
    func trimmedEnd(_ sentence: Range<Int>, _ p: ParagraphText) -> Int {
        var end = sentence.upperBound
        while end > sentence.lowerBound, p.tokens[end - 1].kind == .punctuation || p.tokens[end - 1].kind == .quoteMark { end -= 1 }
        return end
    }
}
