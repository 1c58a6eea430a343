/// Finds statements reported without quotation marks, by three patterns of news writing:
/// `SPEAKER VERB (that) CLAUSE` ("Officials say details remain confidential"), `CLAUSE, SPEAKER
/// VERB.` ("The plan will fail, Smith said.") and `According to SPEAKER, CLAUSE`. Sentences holding
/// a quotation (other than a scare quote) are left to the quotations. The speaker must be found: a clause with no speaker is
/// not reported speech.
struct ReportedSpeechFinder {

    /// Verbs of stance whose object is what the speaker holds or said ("Obama praised the deal",
    /// "Sanders called for a ban", "she declined to comment"): PolNeAR-style attributions of
    /// attitude. The value is the word that must follow the verb ("" for any object).
    static let stanceVerbs: WordTable<String> = {
        var out: [String: String] = [:]
        for verb in WordList.set("""
        endorsed endorses endorse criticized criticizes criticised criticizing accused accuses cited cites \
        citing praised praises defended defends attacked attacks questioned questions rejected rejects \
        blasted blasts dismissed dismisses denounced denounces condemned condemns slammed slams \
        described describes proposed proposes mentioned mentions recalled recalls \
        applauded applauds welcomed welcomes opposed opposes backed backs regrets regretted supported supports \
        referenced references referencing touted touts touting praising criticising endorsing defending \
        blaming mocking rejecting mocked mocks blamed blames ridiculed ridicules lauded lauds hailed hails lambasted \
        chided scolded assailed derided derides decried decries disparaged disparages trashed bashed \
        discussed discusses discussing describing questioning urged urges ordered
        """) { out[verb] = "" }
        for verb in Self.expressingVerbs { out[verb] = "" }
        for verb in WordList.set("declined declines refused refuses vowed vows promised promises promising pledged pledges threatened threatens") {
            out[verb] = "to"
        }
        // Intentions and agreements ("Sanders wants to raise taxes", "the group plans to run ads").
        for verb in WordList.set("""
        wants wanted plans planned hopes hoped hoping seeks sought intends aims aimed agreed agrees decided decides
        """) { out[verb] = "to" }
        for verb in WordList.set("talked talks spoke speaks boasted boasts") { out[verb] = "about" }
        for verb in WordList.set("called calls calling") { out[verb] = "for" }
        for verb in Self.forOrAgainst { out[verb] = "for" }
        for verb in WordList.set("pointed points referred refers referring pointing") { out[verb] = "to" }
        for verb in WordList.set("hinted hints hinting") { out[verb] = "at" }
        return WordTable(out.map { ($0.key, $0.value) })
    }()

    /// Every verb of ``reporting``, ``thatVerbs`` and ``stanceVerbs``: one lookup rules a word out of all three.
    static let verbWords = WordSet(Array(reporting) + Array(thatVerbs) + stanceVerbs.keys + Array(attitudeVerbs) + Array(questionVerbs))

    /// Every word that may be the verb of `SPEAKER VERB CONTENT`: ``verbWords`` with the participles
    /// of a progressive, the verbs of showing, of regarding "as", of asking "to", of "made clear", the
    /// verbs of ``prepositionalStance`` and the stance verbs' base forms and progressives. Only that
    /// search reads it; other rules keep ``verbWords``.
    static let contentVerbWords = WordSet(Array(verbWords) + Array(participles) + Array(showingVerbs) + Array(regardingVerbs)
                                          + Array(requestVerbs) + Array(makingVerbs) + prepositionalStance.keys
                                          + Array(stanceBaseForms) + Array(stanceProgressives))

    let paragraphs: [ParagraphText]
    let linked: MentionLinker.Linked
    /// The article's quotations: a sentence holding one that is not a scare quote or a fragment
    /// without a verb is left to it.
    let quotes: [Quotation]

    /// The reported statements of the article, in text order.
    func statements() -> [ReportedStatement] {
        var out: [ReportedStatement] = []
        let resolver = SpeakerResolver(linked: linked, paragraphs: paragraphs)
        // A fragment quoted inside the reporter's sentence, with no verb of its own, does not stop a
        // clause: it belongs to it. Grouped by paragraph once, not filtered again for each paragraph.
        let quotedByParagraph = Dictionary(grouping: quotes.filter { !$0.isScareQuote && !($0.isFragment && $0.clauseSpan == nil) },
                                           by: \.paragraph).mapValues { SpanOverlapIndex($0.map(\.span)) }
        for index in paragraphs.indices {
            let p = paragraphs[index]
            let attributor = Attributor.make(paragraph: index, paragraphs: paragraphs, linked: linked)
            let quoted = quotedByParagraph[p.number] ?? SpanOverlapIndex([])
            for sentence in p.sentences {
                let bytes = ByteSpan(start: p.tokens[sentence.lowerBound].span.start, end: p.tokens[sentence.upperBound - 1].span.end)
                let holdsQuote = quoted.overlapsAny(bytes)
                for match in findAll(in: sentence, p, attributor) {
                    // The reported clause stops before a quotation; one that starts inside it is the quotation's.
                    var clause = match.clause
                    if holdsQuote {
                        guard !p.insideQuote[clause.lowerBound] else { continue }
                        if let q = clause.first(where: { p.insideQuote[$0] }) { clause = withoutIntroducingVerb(clause.lowerBound..<q, p) }
                        while clause.count > 0, p.tokens[clause.upperBound - 1].kind == .punctuation { clause = clause.lowerBound..<(clause.upperBound - 1) }
                        guard clause.count >= 3 else { continue }
                    }
                    out.append(statement(match.speaker, pronounAt: match.pronounAt, clause: clause, p, attributor, resolver, rule: match.rule))
                }
            }
        }
        return out
    }

    /// A clause cut before a quotation without the second verb of its speaker that introduces the
    /// quotation ("she thinks the plan works but said “…”" ends before "but said").
    func withoutIntroducingVerb(_ clause: Range<Int>, _ p: ParagraphText) -> Range<Int> {
        var end = clause.upperBound
        while end > clause.lowerBound, p.tokens[end - 1].kind == .punctuation || p.lower(end - 1) == "that" { end -= 1 }
        guard end - 2 > clause.lowerBound, p.flags(end - 1).contains(.reportingVerb), Self.sharedSubjectLinks.contains(p.lower(end - 2)) else {
            return clause
        }
        end -= 2
        while end > clause.lowerBound, p.tokens[end - 1].kind == .punctuation { end -= 1 }
        return clause.lowerBound..<end
    }

    /// The statement for a speaker phrase and a clause of paragraph `p`.
    func statement(_ phrase: SpeakerPhrase, pronounAt: Int, clause: Range<Int>, _ p: ParagraphText, _ attributor: Attributor,
                   _ resolver: SpeakerResolver, rule: RuleID) -> ReportedStatement {
        let r = resolver.resolve(phrase, paragraph: p.number, pronounAt: pronounAt)
        let first = relativeOpening(before: clause.lowerBound, p) ?? clause.lowerBound
        let span = ByteSpan(start: p.tokens[first].span.start, end: p.tokens[clause.upperBound - 1].span.end)
        var statement = ReportedStatement(paragraph: p.number, span: span, text: SharedText(span.slice(of: p.text)), speakerText: r.text,
                                          speakerMention: r.mention, speakerEntity: r.entity,
                                          attribution: r.inferred ? .inferred : .explicit)
        statement.provenance = Provenance(found: rule, speaker: rule, binding: r.rule)
        statement.isStance = ((clause.lowerBound - 5)..<clause.lowerBound).contains { v in
            v >= 0 && (stanceStart(v, p) == clause.lowerBound || regardedAsStart(v, p) == clause.lowerBound)
        } || followsAttitudeVerb(clause.lowerBound, p) || followsShareVerb(clause.lowerBound, p)
        let extent = SpeakerExtent(a: attributor)
        if let core = extent.core(of: phrase, candidates: linked.candidates, near: pronounAt) {
            let range = extent.extent(of: core)
            statement.speakerPhrase = p.text(of: range)
            statement.speakerSpan = ByteSpan(start: p.tokens[range.lowerBound].span.start, end: p.tokens[range.upperBound - 1].span.end)
        }
        return statement
    }

    /// Every reported clause of the sentence: the main one (``find(in:_:_:)``), one introduced by a
    /// participle (", adding that …") and those of nouns of stance (``possessiveStance(in:end:_:_:)``),
    /// each with its speaker.
    func findAll(in sentence: Range<Int>, _ p: ParagraphText, _ a: Attributor) -> [RuleMatch] {
        var out: [RuleMatch] = []
        if let main = find(in: sentence, p, a) {
            out.append(main)
            // A second statement after the first one's clause ("X, who said A, said B").
            let end = trimmedEnd(sentence, p)
            let view = SentenceView(finder: self, sentence: sentence, end: end, p: p, a: a)
            if main.pronounAt < main.clause.lowerBound, main.clause.upperBound < end - 3,
               let next = StatementRules.secondStatement(view, after: main), !next.clause.overlaps(main.clause) { out.append(next) }
        }
        if let participle = RuleMatch(participleClause(in: sentence, p, a), .statementParticiple),
           !out.contains(where: { $0.clause.overlaps(participle.clause) }) {
            out.append(participle)
        }
        // "Ames said voters want to see the plan": a statement nested inside a reported clause.
        for outer in out where outer.clause.count >= 5 {
            let clause = outer.clause
            if let inner = RuleMatch(speakerVerb(in: clause, from: clause.lowerBound + 1, end: clause.upperBound, p, a), .statementNested),
               inner.clause.count < outer.clause.count, !out.contains(where: { $0.clause == inner.clause }) {
                out.append(inner)
                break
            }
        }
        // "her attacks on Sanders": a possessive before a noun of stance, beside the other statements.
        for found in possessiveStance(in: sentence, end: trimmedEnd(sentence, p), p, a)
        where !out.contains(where: { $0.clause.overlaps(found.2) }) {
            out.append(RuleMatch(speaker: found.0, pronounAt: found.1, clause: found.2, rule: .statementPossessiveStance))
        }
        return out
    }

    /// `…, adding (that) CLAUSE`: a participle of saying after a comma reports a clause of the
    /// sentence's subject.
    func participleClause(in sentence: Range<Int>, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        let end = trimmedEnd(sentence, p)
        for v in sentence where v > sentence.lowerBound + 1 && (p.tokens[v - 1].is(",") || afterDocument(v, p)) && !p.insideQuote[v] {
            // ", citing the debt", ", referring to the ruling": a participle of stance reports its object.
            if p.lower(v).hasSuffix("ing"), let stance = stanceStart(v, p), end - stance >= 2,
               let speaker = a.clauseSubject(before: v, sentenceStart: sentence.lowerBound) {
                return (speaker, v - 1, stance..<clauseEnd(from: stance, end: end, p, a))
            }
            guard Self.participles.contains(p.lower(v)) || afterDocument(v, p) else { continue }
            // "Golden remembers him apologizing in court, saying …": the one who apologised says it.
            if hasGerundAgent(sentence.lowerBound..<v, p) { continue }
            var start = v + 1
            if p.lower(start) == "that" { start += 1 }
            guard end - start >= 3, let t = p.token(start), t.kind == .word || t.kind == .number,
                  !Self.participleObjectStops.contains(t.lower),
                  let speaker = SubjectRules.subject(VerbView(finder: self, v: v, subjectEnd: v, stance: nil, sentence: sentence, p: p, a: a),
                                                     by: SubjectRules.participle) else { continue }
            return (speaker, v - 1, start..<clauseEnd(from: start, end: end, p))
        }
        return nil
    }

    /// Whether `range` holds an object pronoun before a verb in -ing ("remembers him apologizing"): a
    /// participle after it is that person's, not the subject's.
    func hasGerundAgent(_ range: Range<Int>, _ p: ParagraphText) -> Bool {
        range.dropLast().contains { k in
            CommonWords.objectPronouns.contains(p.lower(k)) && p.tokens[k + 1].kind == .word && !p.tokens[k + 1].isCapitalized
                && p.lower(k + 1).hasSuffix("ing")
        }
    }

    /// Whether `saying` at `v` follows a document, directly or after a day ("a statement Wednesday saying").
    func afterDocument(_ v: Int, _ p: ParagraphText) -> Bool {
        // Every document verb ends in "g": that byte test spares most tokens the table look-up.
        guard v >= 0, v < p.tokens.count, p.tokens[v].lastByte == UInt8(ascii: "g"),
              Self.documentVerbs.contains(p.lower(v)) else { return false }
        var k = v - 1
        while k > 0, Self.timeWords.contains(p.lower(k)) || Self.partsOfDay.contains(p.lower(k)) { k -= 1 }
        return Self.documents.contains(p.lower(k))
    }

    /// The subject of "issued", "released" or "sent" before a document ("The town released a statement
    /// saying …"), when ``afterDocument(_:_:)`` holds at `v`.
    func issuer(before v: Int, _ sentence: Range<Int>, _ p: ParagraphText, _ a: Attributor) -> SpeakerPhrase? {
        guard afterDocument(v, p), let verb = (max(sentence.lowerBound, v - 7)..<v).last(where: {
            Self.issuedForms.contains(p.lower($0)) }) else { return nil }
        return SubjectRules.subject(VerbView(finder: self, v: verb, subjectEnd: verb, stance: nil, sentence: sentence, p: p, a: a),
                                    by: SubjectRules.issuingVerb)
    }

    /// The end of a reported clause starting at `start`: the sentence's end, or a comma before a
    /// participle (", referring to …") that opens a clause of its own.
    func clauseEnd(from start: Int, end: Int, _ p: ParagraphText, _ a: Attributor? = nil) -> Int {
        let clause = ClauseView(finder: self, p: p, a: a, end: end)
        if let cut = ClauseEndRules.opening.cut(at: start + 1, clause) { return cut }
        var k = start + 2
        while k < end - 1 {
            for boundary in ClauseEndRules.boundaries {
                if let cut = boundary.cut(at: k, clause) { return cut }
            }
            k += 1
        }
        return end
    }

    /// The sentence's main statement: the match of the first rule of ``StatementRules/main`` that
    /// matches, in the order listed there.
    func find(in sentence: Range<Int>, _ p: ParagraphText, _ a: Attributor) -> RuleMatch? {
        let end = trimmedEnd(sentence, p)
        guard end - sentence.lowerBound >= 4 else { return nil }
        let view = SentenceView(finder: self, sentence: sentence, end: end, p: p, a: a)
        for rule in StatementRules.main {
            if let found = rule.match(view) { return found }
        }
        return nil
    }

    /// `According to SPEAKER, CLAUSE.` opening the sentence.
    func accordingToOpening(_ sentence: Range<Int>, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        if p.lower(sentence.lowerBound) == "according", p.lower(sentence.lowerBound + 1) == "to",
           let (phrase, after) = a.phrase(at: sentence.lowerBound + 2), p.token(after)?.is(",") == true, end - after > 3 {
            return (phrase, sentence.lowerBound + 2, (after + 1)..<end)
        }
        return nil
    }

    /// `SPEAKER: CLAUSE` opening a paragraph ("Poll: Clinton and Trump tied").
    func paragraphLabel(_ sentence: Range<Int>, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        if sentence.lowerBound == 0, let colon = (1..<min(5, end)).first(where: { p.tokens[$0].is(":") }), end - colon > 3,
           (0..<colon).allSatisfy({ p.tokens[$0].kind == .word && p.tokens[$0].isCapitalized }), !isLayoutLabel(0..<colon, p),
           !((colon + 1)..<end).contains(where: { a.isVerb($0) }) {
            // "The Latest: Sanders says …" is a heading over a report, not a speaker.
            let mention = a.byStart[0].flatMap { m in a.mentionTokens[m]?.upperBound == colon ? SpeakerPhrase.mention(m) : nil }
            // "ENERGY: Benchmark crude fell", "Q: Why now?": a section or interview label unless it names someone.
            if mention == nil, isSectionLabel(0..<colon, p) { return nil }
            return (mention ?? .unknown(p.text(of: 0..<colon)), 0, (colon + 1)..<end)
        }
        return nil
    }

    /// `SPEAKER VERB (that) CLAUSE` with the verb at or after token `from`.
    func speakerVerb(in sentence: Range<Int>, from: Int, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        // Every verb of saying, stance or knowing is a word of one of their lists.
        for v in from..<sentence.upperBound where !p.insideQuote[v] && p.tokens[v].kind == .word && Self.contentVerbWords.contains(p.lower(v)) {
            let stance = StanceObjectRules.start(ofVerb: v, p, self)
            let question = stance == nil ? questionStart(v, p) : nil
            let progressive = stance == nil && question == nil ? progressiveAuxiliary(v, p) : nil
            guard stance != nil || question != nil || progressive != nil || isThatVerb(v, p, a) || (a.isVerb(v) && p.flags(v).contains(.reportingVerb))
                    || isHeadlineVerb(v, sentence, p) || isAttitudeVerb(v, p) else { continue }
            // "Cruz is calling for", "Ames is now saying": the subject stands before the auxiliary of a progressive.
            let verbStart = progressive ?? (p.lower(v).hasSuffix("ing") && Self.beForms.contains(p.lower(v - 1)) ? v - 1 : v)
            // "Ames would not support the bill": before the modal and the negation.
            let s = stance == nil ? verbStart : modalChainStart(verbStart, sentence, p)
            // The speaker: the first of ``SubjectRules`` that finds one.
            guard let phrase = SubjectRules.subject(VerbView(finder: self, v: v, subjectEnd: s, stance: stance, sentence: sentence, p: p, a: a))
            else { continue }
            // "I think …" outside quotation marks is the writer's or a quotation's whose marks we do not read.
            if stance == nil, question == nil, isAttitudeVerb(v, p), !isThatVerb(v, p, a),
               isFirstPerson(phrase) || isNestedPronoun(phrase, at: v - 1, p)
                || isDoubtfulAttitudeSpeaker(phrase) { continue }
            // "I spoke of …" outside quotation marks is an unmarked quotation's; "like Ames, Brandt spoke of …"
            // compares, its subject comes later.
            if stance != nil, Self.prepositionalStance[p.lower(v)] != nil, isFirstPerson(phrase) || isComparison(phrase) { continue }
            if stance != nil, isNestedStanceForm(v, phrase, subjectEnd: s, p) { continue }
            guard let start = stance ?? question ?? clauseStart(after: v, end: end, p, a), end - start >= (stance == nil ? 3 : 1) else { continue }
            return (phrase, v - 1, start..<clauseEnd(from: start, end: end, p, a))
        }
        return nil
    }

    /// Where the object of a stance verb at `v` starts ("praised [the deal]", "called for [a ban]",
    /// "spoke of [her faith]" by ``prepositionalStanceStart(_:_:)``), or nil when `v` is none.
    func stanceStart(_ v: Int, _ p: ParagraphText) -> Int? {
        guard let t = p.token(v), t.kind == .word, !t.isCapitalized, let required = Self.stanceVerbs[t.lower] ?? (isStanceVerbForm(v, p) ? "" : nil) else {
            return prepositionalStanceStart(v, p)
        }
        if let before = p.token(v - 1), before.kind == .word, before.possessiveLength > 0 || p.flags(v - 1).contains(.nounDeterminer) {
            return nil
        }
        if required.isEmpty {
            guard let next = p.token(v + 1), next.kind == .word || next.kind == .number || next.kind == .quoteMark,
                  !Self.stanceObjectStops.contains(next.lower) || t.lower.hasPrefix("cit")
                    || (Self.judgingVerbs.contains(t.lower) && CommonWords.objectPronouns.contains(next.lower)
                        && !Self.judgedObjectFollowers.contains(p.lower(v + 2))) else { return nil }
            return v + 1
        }
        if t.lower.hasPrefix("point"), p.lower(v + 1) == "out" { return v + 2 }
        if t.lower.hasPrefix("call") {
            var k = v + 1
            // "called Wednesday for", "called on X to", "called out X", "called him a fraud".
            if let w = p.token(k), w.kind == .word, CommonWords.weekdays.contains(w.lower) || Self.daysBeforeClause.contains(w.lower) { k += 1 }
            if Self.stanceParticles.contains(p.lower(k)) { return p.token(k + 1)?.kind == .word ? k + 1 : nil }
            if k == v + 1, CommonWords.objectPronouns.contains(p.lower(k)), let next = p.token(k + 1),
               next.kind == .word || next.kind == .quoteMark, !Self.objectPronounFollowers.contains(next.lower) {
                return k
            }
            return nil
        }
        guard p.lower(v + 1) == required || (p.lower(v + 1) == "against" && Self.forOrAgainst.contains(t.lower)) else {
            return prepositionalStanceStart(v, p)
        }
        return required == "to" && !t.lower.hasPrefix("point") && !t.lower.hasPrefix("refer") ? v + 1 : v + 2
    }

    /// Whether the word at `v` is a verb of knowing or showing followed by "that" (after adverbs).
    func isThatVerb(_ v: Int, _ p: ParagraphText, _ a: Attributor) -> Bool {
        guard let t = p.token(v), t.kind == .word, !t.isCapitalized, Self.thatVerbs.contains(t.lower) || Self.showingVerbs.contains(t.lower)
        else { return false }
        var k = v + 1
        if Self.pointForms.contains(t.lower) {
            guard p.lower(k) == "out" else { return false }
            k += 1
        }
        if let before = p.token(v - 1), before.kind == .word, before.possessiveLength > 0 || p.flags(v - 1).contains(.nounDeterminer) {
            return false
        }
        if p.lower(k) == "that", Self.thatVerbs.contains(t.lower) { return true }
        // "A new poll shows Clinton ahead": a survey or a study shows a clause without "that".
        var head = v - 1
        if p.lower(head) == "also" { head -= 1 }
        guard Self.showingVerbs.contains(t.lower), p.token(k)?.kind == .word else { return false }
        if Self.evidenceNouns.contains(p.lower(head)) { return true }
        // "A survey by the college found the missing files": a qualified subject that finds an article's noun found a thing.
        if Self.findingVerbs.contains(t.lower), p.flags(k).contains(.determiner) { return false }
        return evidenceSubject(before: v, sentenceStart: p.sentences[p.sentenceOf[v]].lowerBound, p) != nil
    }

    /// A noun phrase as the subject ("The company said", "Several cast members said", "63 percent
    /// said"): from a determiner, a number or the start of the clause to the word before the verb.
    func nounPhrase(before v: Int, _ sentence: Range<Int>, _ p: ParagraphText, _ a: Attributor) -> SpeakerPhrase? {
        var k = v - 1
        // "The group formally backed": an adverb of manner between the subject and its verb.
        var adverb = false
        while k > sentence.lowerBound, Self.subjectVerbGap.contains(p.lower(k)) || (a.isMannerAdverb(k) && !Self.comparatives.contains(p.lower(k - 1))) {
            adverb = adverb || !Self.subjectVerbGap.contains(p.lower(k))
            k -= 1
        }
        // "a candidate who has largely rejected …": a relative clause with an adverb is an aside, not a statement.
        if adverb, p.lower(k) == "who" { return nil }
        // "23 percent who said", "Kessel, who said": the speaker is what "who" refers to.
        if p.lower(k) == "who", k > sentence.lowerBound {
            let j = p.tokens[k - 1].is(",") ? k - 1 : k
            if let m = a.byEnd[j - 1] { return .mention(m) }
            guard j - 1 >= sentence.lowerBound, p.tokens[j - 1].kind == .word, !p.insideQuote[j - 1] else { return nil }
            var start = j - 1
            while start > sentence.lowerBound, j - start < 6, let t = p.token(start - 1), t.kind == .word || t.kind == .number,
                  !SpeakerExtent.leftStops.contains(t.lower), !a.isVerb(start - 1) {
                start -= 1
                if Attributor.determiners.contains(t.lower) { break }
            }
            return .unknown(p.text(of: start..<j))
        }
        // "Six in 10 say": a share of people as the subject.
        let share = p.token(k)?.kind == .number && k - 2 >= sentence.lowerBound && p.lower(k - 1) == "in"
        guard k >= sentence.lowerBound, let head = p.token(k), head.kind == .word || share, !p.insideQuote[k], head.possessiveLength == 0,
              !SpeakerExtent.leftStops.contains(head.lower), !head.lower.hasSuffix("ly"), !head.lower.hasSuffix("ing"),
              !Attributor.determiners.contains(head.lower) else { return nil }
        // "Foster’s book argues", "Ames's statement said": a person speaks through their own writing.
        if CommonWords.ownStatements.contains(head.lower), k - 1 >= sentence.lowerBound, let m = a.byEnd[k - 1],
           a.mentionKinds[m] == .person, p.tokens[k - 1].possessiveLength > 0 {
            return .mention(m)
        }
        var start = k
        while start > sentence.lowerBound, k - start < 9 {
            let t = p.tokens[start - 1]
            // "A survey by the college": a prepositional phrase inside the subject.
            // "Ames's allies on Monday said": a day is no part of the subject.
            let day = t.lower == "on" && p.flags(start).contains(.weekday)
            if isSubjectPreposition(start - 1, p), !day, start - 1 > sentence.lowerBound {
                start -= 1
                continue
            }
            // "Bernie Sanders’ campaign": the apostrophe of a plural possessive.
            if a.isPluralPossessiveMark(start - 1) {
                start -= 1
                continue
            }
            // "Those surveyed said", "those close to him say": a demonstrative opens the subject.
            if Self.demonstratives.contains(t.lower), !p.insideQuote[start - 1] {
                start -= 1
                break
            }
            guard t.kind == .word || t.kind == .number, !p.insideQuote[start - 1], !SpeakerExtent.leftStops.contains(t.lower),
                  !a.isVerb(start - 1) else { break }
            start -= 1
            if Attributor.determiners.contains(t.lower) || Self.groupQuantifiers.contains(t.lower) {
                guard start > sentence.lowerBound + 1, isSubjectPreposition(start - 1, p) else { break }
            }
        }
        // A preposition cannot open the subject.
        while start < k, Self.subjectPrepositions.contains(p.lower(start)) { start += 1 }
        // "Now Jo Ames", "That's why the team": an adverb or a relative word before the subject; "If Ames thinks" is no statement.
        if Self.conditionWords.contains(p.lower(start)) { return nil }
        while start < k, Self.subjectLeadIns.contains(p.lower(start)) { start += 1 }
        // The phrase must open its clause: at the sentence start, or after a comma or a conjunction.
        if start > sentence.lowerBound {
            let before = p.tokens[start - 1]
            guard before.is(",") || Attributor.clauseOpeners.contains(before.lower) || before.text == "—" else { return nil }
        }
        return .unknown(p.text(of: start..<(k + 1)))
    }

    /// Whether the word at `k` opens a phrase inside a subject: one of ``subjectPrepositions``, or "to"
    /// after "close".
    func isSubjectPreposition(_ k: Int, _ p: ParagraphText) -> Bool {
        Self.subjectPrepositions.contains(p.lower(k)) || (k >= 1 && p.lower(k) == "to" && p.lower(k - 1) == "close")
    }

    /// A group of people as the subject ("Officials say", "Analysts said"): a speaker that is no actor.
    func group(before v: Int, _ sentence: Range<Int>, _ p: ParagraphText) -> SpeakerPhrase? {
        guard v > sentence.lowerBound, CommonWords.groupNouns.contains(p.lower(v - 1)) else { return nil }
        var start = v - 1
        while start > sentence.lowerBound, p.tokens[start - 1].kind == .word, !Attributor.clauseBreakers.contains(p.lower(start - 1)),
              start > v - 4 { start -= 1 }
        return .unknown(p.text(of: start..<v))
    }

    /// `CLAUSE, SPEAKER VERB PHRASE.` where a short phrase without a verb or "that" follows the verb
    /// ("…, Wilkin said during his speech.", "…, Sanders said, a policy that …").
    func inner(_ sentence: Range<Int>, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        let first = p.lower(sentence.lowerBound)
        let opensClause = !Attributor.clauseOpeners.contains(first) && !Self.trailingOpeners.contains(first)
            && !Self.clauseOpeningPrepositions.contains(first)
        for c in (sentence.lowerBound + 2)..<max(sentence.lowerBound + 2, end - 2) where p.tokens[c].is(",") && !p.insideQuote[c] {
            guard let (phrase, after) = a.phrase(at: c + 1) else { continue }
            var v = a.skipAppositive(from: after)
            while p.flags(v).contains(.skippable) && !a.isVerb(v) { v += 1 }
            guard v < end, a.isVerb(v), p.flags(v).contains(.reportingVerb) else { continue }
            let rest = (v + 1)..<end
            if let found = parenthetical(phrase, at: c, verb: v, sentence, end: end, p, a) { return found }
            guard opensClause, c >= sentence.lowerBound + 3 else { return nil }
            guard rest.count <= 10, let next = p.token(v + 1), next.is(",") || next.isTerminal || Self.trailingOpeners.contains(next.lower),
                  !rest.contains(where: { p.lower($0) == "that" || a.isVerb($0) || p.insideQuote[$0] }) else { return nil }
            return (phrase, c + 1, sentence.lowerBound..<c)
        }
        return nil
    }

    /// `CLAUSE, SPEAKER VERB, CLAUSE.` ("This plan, she says, is different"): an attribution set
    /// between commas inside the statement, which is the whole sentence.
    func parenthetical(_ phrase: SpeakerPhrase, at c: Int, verb: Int, _ sentence: Range<Int>, end: Int, _ p: ParagraphText,
                       _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        var v = verb
        while v + 1 < end, Self.timeWords.contains(p.lower(v + 1)) { v += 1 }
        guard p.token(v + 1)?.is(",") == true, end - (v + 2) >= 3, let next = p.token(v + 2), next.kind == .word,
              !(next.lower.hasSuffix("ing") && !next.isCapitalized), !Self.innerSourceStops.contains(next.lower),
              !(sentence.lowerBound..<end).contains(where: { p.insideQuote[$0] || ($0 != verb && a.isVerb($0)) }) else { return nil }
        return (phrase, c + 1, sentence.lowerBound..<end)
    }

    /// `CLAUSE, SPEAKER VERB.` at the end of the sentence.
    func final(_ sentence: Range<Int>, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        // CLAUSE, according to SPEAKER.
        if let at = ((sentence.lowerBound + 3)..<max(sentence.lowerBound + 3, end)).first(where: { p.tokens[$0].is(",") && p.lower($0 + 1) == "according" && p.lower($0 + 2) == "to" }),
           !p.insideQuote[at], let phrase = a.phrase(at: at + 3)?.0 ?? plainPhrase((at + 3)..<end, limit: 10, p, a) {
            return (phrase, at + 3, sentence.lowerBound..<at)
        }
        // "In a speech last July, she said:": the statement follows the colon; the phrase before the comma is its occasion.
        if p.tokens[sentence.upperBound - 1].is(":") { return nil }
        var verb = end - 1
        while verb > sentence.lowerBound, p.flags(verb).contains(.skippable) || p.flags(verb).contains(.weekday) { verb -= 1 }
        var comma = verb - 1
        while comma > sentence.lowerBound, !p.tokens[comma].is(","), verb - comma < 9 { comma -= 1 }
        guard comma - sentence.lowerBound >= 3, p.tokens[comma].is(",") else { return nil }
        if a.isVerb(verb), p.flags(verb).contains(.reportingVerb), let phrase = a.speakerBeforeVerb(at: comma + 1)
            ?? plainPhrase((comma + 1)..<verb, limit: 8, p, a) {
            return (phrase, comma + 1, sentence.lowerBound..<comma)
        }
        // "His father, Ernie LeBlanc, says his son …": a name and its description before the verb are its
        // subject, not a statement set before an inverted speaker.
        if appositiveSubject(sentence.lowerBound..<comma, p, a) != nil || isDescribedSubject(sentence.lowerBound..<comma, p) { return nil }
        // "…, say the pumps failed": a bare "say" opens its clause; it is not set before its speaker.
        if a.isVerb(comma + 1), p.flags(comma + 1).contains(.reportingVerb), p.lower(comma + 1) != "say",
           let (phrase, after) = a.phrase(at: comma + 2), after >= end - 1,
           // ", said one candidate he likes is X", "Ames, the mayor, said a bridge would be built": a clause
           // after the verb, not its speaker.
           !((comma + 2)..<after).contains(where: { p.flags($0).contains(.speakerPronoun) || Self.finiteVerbs.contains(p.lower($0)) }),
           !p.holdsPastClause((comma + 2)..<after) {
            return (phrase, comma + 2, sentence.lowerBound..<comma)
        }
        // "…, said lobbyist and strategist Jo Ames, a former partner.": a long phrase to the end.
        if a.isVerb(comma + 1), Self.plainSayingVerbs.contains(p.lower(comma + 1)), a.phrase(at: comma + 2) == nil,
           !p.holdsPastClause((comma + 2)..<end), let phrase = plainPhrase((comma + 2)..<end, limit: 20, p, a) {
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
            let told = Self.tellForms.contains(p.lower(v))
            guard t.kind == .word, told || Attributor.skippable.contains(t.lower) || CommonWords.weekdays.contains(t.lower) else { break }
            // "told reporters in Ohio", "told supporters Tuesday that": a phrase of place or time after the addressee is no clause.
            if told && Self.addressees.contains(t.lower) && p.lower(k + 1) != "that" && !opensCircumstance(k + 1, p) { return k + 1 }
            k += 1
            skipped += 1
        }
        if p.lower(k) == "that" { return k + 1 }
        // "said in a statement on Friday that": a short phrase without a verb before "that".
        var m = k
        // Only a phrase opened by a preposition or a comma: "said she would not jump to that conclusion" is a clause.
        let opensPhrase = k > v + 1 || Self.trailingOpeners.contains(p.lower(k)) || Self.tellerPhraseOpeners.contains(p.lower(k)) || p.token(k)?.is(",") == true
        while opensPhrase, m < min(end, v + 10), p.tokens[m].kind != .punctuation || p.tokens[m].is(","), !a.isVerb(m), p.lower(m) != "that" { m += 1 }
        if m < end, p.lower(m) == "that", m > v + 1, !(v + 1..<m).contains(where: { p.insideQuote[$0] }) { return m + 1 }
        if Self.tellForms.contains(p.lower(v)) { return nil }
        // "said Tuesday the plan", "said on Friday he had": a day between the verb and the clause.
        if k > v + 1, k - v <= 3, ((v + 1)..<k).allSatisfy({ Self.timeWords.contains(p.lower($0)) }),
           ((v + 1)..<k).contains(where: { p.flags($0).contains(.weekday) || Self.nearDays.contains(p.lower($0)) }),
           let t = p.token(k), t.kind == .word, Self.clauseSubjects.contains(t.lower) || t.isCapitalized || Attributor.nounDeterminers.contains(t.lower) {
            return k
        }
        guard k == v + 1, let t = p.token(k), t.kind == .word || t.kind == .number,
              !["to", "in", "on", "at", "of", "for", "with", "so", "nothing", "something", "this", "yes", "no", "up", "about", "into", "from",
                "after", "before", "goodbye", "hello", "sorry", "thanks"].contains(t.lower), !opensCircumstance(k, p) else { return nil }
        // "said it would", "say it underscores": "it" opens a clause only before a verb (a listed one, a
        // past in -ed or a present in -s).
        if t.lower == "it" {
            let next = p.lower(k + 1)
            let lowerWord = p.token(k + 1).map { $0.kind == .word && !$0.isCapitalized } ?? false
            let present = next.hasSuffix("s") && !next.hasSuffix("ss") && !next.hasSuffix("us") && next.count > 4
            return Self.clauseVerbs.contains(next) || (lowerWord && next.count > 4 && (next.hasSuffix("ed") || present)) ? k : nil
        }
        return k
    }

    /// The end of the sentence without its closing punctuation.
    func trimmedEnd(_ sentence: Range<Int>, _ p: ParagraphText) -> Int {
        var end = sentence.upperBound
        while end > sentence.lowerBound, p.tokens[end - 1].kind == .punctuation || p.tokens[end - 1].kind == .quoteMark { end -= 1 }
        return end
    }
}
