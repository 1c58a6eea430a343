/// Finds the speaker of a quotation in its paragraph, by the patterns of news writing:
/// `“Q,” SPEAKER VERB`, `“Q,” VERB SPEAKER`, `SPEAKER VERB: “Q”`, `SPEAKER VERB (that) … “Q”`,
/// `SPEAKER called X “Q”` (and described X as, branded, dubbed), `MEDIUM quotes X as saying “Q”`
/// (the speaker is X), `according to SPEAKER`. Returns the speaker phrase as written; resolving
/// pronouns and roles is the ``PronounResolver``'s and the ``ArticleAnalyzer``'s work. The rules and
/// their order are in ``SpeakerRules``, each rule's pattern in its own file under `Rules/Speaker/`;
/// this file holds what they share: speech verbs, speaker phrases and subjects.
struct Attributor {
    /// What the attributor found for one quotation.
    struct Finding: Sendable, Hashable {
        var speaker: SpeakerPhrase
        var pattern: AttributionPattern
        /// The mention of X in "called X “…”", the actor the quotation is about.
        var object: Int?
        /// The token index of the speech verb before the quotation, for `reported` and `naming`.
        var verb: Int? = nil
        /// Whether the speaker stands at the end of the previous paragraph ("X said:").
        var fromPrevious = false
        /// The rule that found the speaker (set by ``Attributor/attribute(_:previous:)``).
        var rule: RuleID? = nil

        /// The finding, recorded as found by `rule`.
        func by(_ rule: RuleID) -> Finding {
            var out = self
            out.rule = rule
            return out
        }
    }

    /// How many tokens before a quotation its speech verb is looked for: far more than any news sentence
    /// holds, and a bound, so a sentence of thousands of quotation marks costs linear time, not quadratic.
    static let verbReach = 200

    let p: ParagraphText
    /// The mention starting at each token index.
    let byStart: TokenIndexMap
    /// The mention ending at each token index (its last token).
    let byEnd: TokenIndexMap
    /// The name tokens of each mention (indexed by mention), for mentions of this paragraph.
    let mentionTokens: MentionTable<Range<Int>>
    /// The kind of each mention of this paragraph.
    let mentionKinds: MentionTable<ActorKind>

    /// The attributor for the paragraph at `index` (0-based) of an article.
    static func make(paragraph index: Int, paragraphs: [ParagraphText], linked: MentionLinker.Linked) -> Attributor {
        Attributor(p: paragraphs[index], byStart: linked.byStart[index], byEnd: linked.byEnd[index],
                   mentionTokens: linked.mentionTokens[index], mentionKinds: linked.mentionKinds[index])
    }

    /// The speaker of `quote`, or nil when no rule attributes it: the first rule of
    /// ``SpeakerRules/quotation`` that matches, recorded as the rule its finding names.
    func attribute(_ quote: QuotationScanner.Segment, previous: Attributor? = nil) -> Finding? {
        let view = QuoteView(quote, in: self, previous: previous)
        for rule in SpeakerRules.quotation {
            if let found = rule.match(view) { return found.by(found.rule ?? found.pattern.rule) }
        }
        return nil
    }

    /// Whether the token at `k` is a speech verb: a lower-case word of the lexicon ("States" in
    /// "United States" is not).
    func isVerb(_ k: Int) -> Bool {
        // Fields read in place (`p.tokens[k].kind`), not through `p.token(k)`, which copies the token.
        guard k >= 0, k < p.tokens.count, p.tokens[k].kind == .word, !p.tokens[k].isCapitalized,
              p.flags(k).contains(.speechVerb) || particleLength(k) > 0 else { return false }
        // "Trump’s charge", "the report", "a claim": a noun after a determiner or a possessive.
        if k >= 1, p.tokens[k - 1].kind == .word,
           p.tokens[k - 1].possessiveLength > 0 || p.flags(k - 1).contains(.nounDeterminer) {
            return false
        }
        // "the former state senator", "in six states": "state" is a noun unless a verb's context shows.
        if Self.nounFirstVerbs.contains(p.tokens[k].lower) { return isVerbReading(ofNounFirst: k) }
        return true
    }

    /// 1 when the word at `k` is a phrasal verb of saying followed by its particle ("shot back"), else 0.
    /// "on", "in" and "up" must end the clause ("Trump went on:"; not "the Senate goes on recess").
    func particleLength(_ k: Int) -> Int {
        guard let particle = SpeechVerbs.phrasal[p.lower(k)], p.lower(k + 1) == particle else { return 0 }
        if Self.particlesBeforeObject.contains(particle), let next = p.token(k + 2), next.kind == .word { return 0 }
        return 1
    }

    // MARK: - Speaker phrases (the patterns themselves live in the rule files of Rules/Speaker/)

    /// The speaker phrase at `j` when a speech verb follows it (after an appositive and adverbs).
    func speakerBeforeVerb(at j: Int) -> SpeakerPhrase? {
        guard var (speaker, end) = phrase(at: j) else { return nil }
        // "Jo Ames and Ty Sims wrote": the second of two names joined by "and" (the phrase takes in both).
        if p.lower(end) == "and", case .mention = speaker, let (second, after) = phrase(at: end + 1), case .mention = second, isVerb(after) {
            (speaker, end) = (second, after)
        }
        var k = skipAppositive(from: affiliationEnd(after: end))
        while p.flags(k).contains(.skippable) && !isVerb(k) { k += 1 }
        if !isVerb(k), let verb = verbAfterAppositives(from: end) { k = verb }
        guard isVerb(k), !p.flags(k).contains(.participle),
              !p.flags(k).contains(.namingVerb) else { return nil }
        return speaker
    }

    /// The index after an affiliation following a name and running up to a speech verb ("of the
    /// Sierra Club said", "from Ames said", "at the University of Toronto says"; see ``Affiliation``);
    /// `k` itself when there is none.
    func affiliationEnd(after k: Int) -> Int {
        guard let end = Affiliation.end(after: k, in: p), isVerb(end) else { return k }
        return end
    }

    /// The speech verb after a run of appositives and clauses set off by commas that starts at the
    /// comma `k` ("Jo Ames, 30, of Ames, Iowa, who was polled, said"): the first comma followed by a
    /// speech verb (after adverbs) within the sentence, before any quotation mark, colon or full
    /// stop; nil when there is none.
    func verbAfterAppositives(from k: Int) -> Int? {
        guard p.token(k)?.is(",") == true else { return nil }
        var j = k + 1
        while j < min(p.tokens.count, k + 32), !p.insideQuote[j] {
            let t = p.tokens[j]
            if t.kind == .quoteMark || t.is(":") || t.is(";") || Self.dashes.contains(t.text) { return nil }
            // "N.C., who": the period of an abbreviation before a comma ends no sentence.
            if t.isTerminal, !(t.text == "." && p.token(j + 1)?.is(",") == true) { return nil }
            if t.is(",") {
                var v = j + 1
                while p.flags(v).contains(.skippable) && !isVerb(v) { v += 1 }
                if isVerb(v) { return v }
            }
            j += 1
        }
        return nil
    }

    /// The speaker phrase starting at token `k` and the index after it: a pronoun, a name (after any
    /// role words), a title noun phrase ("the spokeswoman", "a spokesman for the Kremlin"), or
    /// unknown capitalised words.
    func phrase(at k: Int) -> (SpeakerPhrase, Int)? {
        guard let t = p.token(k), t.kind == .word, !p.insideQuote[k] else { return nil }
        if p.flags(k).contains(.speakerPronoun) { return (.pronoun(t.lower), k + 1) }
        if var m = byStart[k] ?? firstMention(from: k, within: 6), var range = mentionTokens[m] {
            // "said MSNBC host Chris Matthews", "said Clinton’s top aide Jake Sullivan": the person after
            // an organisation or a possessive is the speaker.
            // "said Clinton ally James Carville": a person named after role words that follow a name.
            // "said United Steelworkers Political Director Jo Ames": capitalised role words after a name also end it.
            let roleFollows = p.token(range.upperBound).map { $0.kind == .word && (!$0.isCapitalized || Titles.isRoleWord($0.lower)) } ?? false
            // "said Sanders’ spokesman Jo Ames": the apostrophe of a plural possessive is a token of its own.
            let plural = isPluralPossessiveMark(range.upperBound)
            // "according to Foster’s book": a person speaks through their own writing.
            if mentionKinds[m] == .person, range.lowerBound == k, p.tokens[range.upperBound - 1].possessiveLength > 0,
               CommonWords.ownStatements.contains(p.lower(range.upperBound)) {
                return (.mention(m), range.upperBound + 1)
            }
            if mentionKinds[m] != .person || p.tokens[range.upperBound - 1].possessiveLength > 0 || roleFollows || plural,
               let person = firstMention(from: range.upperBound + (plural ? 1 : 0), within: 7, person: true), let personRange = mentionTokens[person] {
                m = person
                range = personRange
            }
            if let nominal = modifiedNoun(from: k, after: range.upperBound) { return nominal }
            return (.mention(m), range.upperBound)
        }
        if p.flags(k).contains(.determiner) || Titles.isRoleWord(t.lower) {
            var j = p.flags(k).contains(.determiner) ? k + 1 : k
            var head: String?
            // "a 2008 Clinton aide": a number may describe the speaker.
            while let w = p.token(j), w.kind == .word || w.kind == .number, j < k + 6 {
                let lower = Token.lowered(w.withoutPossessive)
                if Titles.isHead(lower) { head = lower } else if head != nil { break }
                j += 1
            }
            // "the Ohio senator and Republican presidential candidate": a second title joined by "and".
            if head != nil, let (second, end) = conjoinedTitle(at: j) { head = second; j = end }
            guard let found = head else {
                // "said a New Hampshire Republican", "said a 2008 Clinton veteran": a described speaker
                // without a title, up to the sentence's end, a comma or a verb.
                var m = k + 1
                while let w = p.token(m), w.kind == .word || w.kind == .number, m < k + 6, !isVerb(m) { m += 1 }
                guard p.flags(k).contains(.determiner), m > k + 1, let after = p.token(m), after.isTerminal || after.is(",") || isVerb(m) else { return nil }
                return (.nominal(head: p.lower(m - 1), text: p.text(of: k..<m)), m)
            }
            if RoleExtractor.affiliationPrepositions.contains(p.lower(j)) {
                var m = j + 1
                while let w = p.token(m), w.kind == .word, w.isCapitalized || p.flags(m).contains(.determiner), m < j + 7 { m += 1 }
                // "a spokesman for committee Democrats": lower-case words before the capitalised name.
                var n = m
                while let w = p.token(n), w.kind == .word, n < j + 7, !p.insideQuote[n], !isVerb(n), !Self.clauseBreakers.contains(w.lower) {
                    if w.isCapitalized { m = n + 1 }
                    n += 1
                }
                if m > j + 1 { j = m }
            }
            return (.nominal(head: found, text: p.text(of: k..<j)), j)
        }
        if t.isCapitalized, !NameRecognizer.isNeverName(t.lower) {
            var j = k + 1
            while let w = p.token(j), w.kind == .word, w.isCapitalized, j < k + 8 { j += 1 }
            // "Ames's former campaign strategist said": the capitalised words only own the title after them.
            if p.tokens[j - 1].possessiveLength > 0, let nominal = modifiedNoun(from: k, after: j) { return nominal }
            return (.unknown(p.text(of: k..<j)), j)
        }
        return nil
    }

    /// The head and the end of a second title joined to a first by the "and" at `k` ("… senator and
    /// Republican presidential candidate"): role words or capitalised words ending in a title head,
    /// with no verb; nil otherwise.
    func conjoinedTitle(at k: Int) -> (String, Int)? {
        guard p.lower(k) == "and" else { return nil }
        var j = k + 1
        var head: (String, Int)?
        while j < k + 6, let w = p.token(j), w.kind == .word, !p.insideQuote[j], !isVerb(j),
              w.isCapitalized || Titles.isRoleWord(w.lower) {
            if Titles.isHead(w.lower) { head = (w.lower, j + 1) }
            j += 1
        }
        return head
    }

    /// The noun phrase from `k` when a name ending before `end` only modifies lower-case nouns after
    /// it that run up to the verb or the clause's end ("one Trump campaign source said", "the Florida
    /// senator told", "Obama aides said"): the speaker is the phrase, not the name. Nil otherwise.
    func modifiedNoun(from k: Int, after end: Int) -> (SpeakerPhrase, Int)? {
        let head = SpeakerExtent(a: self).headEnd(after: end, sentence: p.sentences[p.sentenceOf[k]])
        guard head > end else { return nil }
        return (.nominal(head: Token.lowered(p.tokens[head - 1].withoutPossessive), text: p.text(of: k..<head)), head)
    }

    /// The first mention (of a person, when `person`) starting in `k..<k+within` when only words of
    /// a role or a description come before it ("Republican party boss Reince Priebus").
    func firstMention(from k: Int, within: Int, person: Bool = false) -> Int? {
        var j = k
        while j < k + within, let t = p.token(j), t.kind == .word || t.kind == .number {
            if let m = byStart[j], !person || mentionKinds[m] == .person { return m }
            let lower = t.lower
            guard !isVerb(j), !Self.clauseBreakers.contains(lower) else { return nil }
            j += 1
        }
        return nil
    }

    /// The index after an appositive or relative clause set off by commas (", the ministry’s
    /// spokeswoman,", ", who ... ,") that starts at `k`; `k` itself when there is none.
    func skipAppositive(from k: Int) -> Int {
        guard let t = p.token(k) else { return k }
        // "Rep. John Mica (R-Fla.) said".
        if t.is("(") {
            var j = k + 1
            // "Rep. Jo Ames (R-Ohio), a panel member, said": an appositive may follow the party tag.
            while let w = p.token(j), j < k + 8 { if w.is(")") { return p.token(j + 1)?.is(",") == true ? skipAppositive(from: j + 1) : j + 1 }; j += 1 }
            return k
        }
        guard t.is(",") else { return k }
        var j = k + 1
        while let w = p.token(j), j < k + 20 {
            if w.is(",") { return j + 1 }
            // "Mitch Ames, R-Ky., said": the period of an abbreviation before a comma ends no sentence.
            if w.isTerminal, w.text == ".", p.token(j + 1)?.is(",") == true { j += 1; continue }
            // "the No. 2 in the leadership": the period of "No." before a number.
            if SentenceSplitter.isNumberSign(p.tokens, at: j) { j += 1; continue }
            if w.isTerminal || w.isDoubleQuote { return k }
            j += 1
        }
        return k
    }

    // MARK: - Subjects

    /// The subject of the verb at `v`: a name, pronoun or title phrase ending right before it (after
    /// adverbs and time phrases), or before an appositive set off by commas.
    func subject(before v: Int, sentenceStart: Int) -> SpeakerPhrase? {
        var k = v - 1
        // "Jo Ames is telling voters": the auxiliary of a progressive form.
        let progressive = p.lower(v).hasSuffix("ing")
        // "Theresa May said": a name's last word is no modal.
        while k >= sentenceStart, byEnd[k] == nil, p.flags(k).contains(.skippable) || p.flags(k).contains(.weekday)
                || isMannerAdverb(k) || (progressive && ReportedSpeechFinder.beForms.contains(p.lower(k))) || isPerfectAdverb(k) { k -= 1 }
        // "Sen. Jo Ames (D-Ore.) said", "Sen. Jo Ames (D-Ore.), said": the name before a party tag.
        if k > sentenceStart, p.tokens[k].is(")"), let m = nameBefore(k, sentenceStart: sentenceStart) { return .mention(m) }
        if k > sentenceStart, p.tokens[k].is(","), p.tokens[k - 1].is(")"), let m = nameBefore(k - 1, sentenceStart: sentenceStart) { return .mention(m) }
        // "Bolton and Gorka both denounced", "the strategists all agree".
        if k > sentenceStart, Self.floatingQuantifiers.contains(p.lower(k)) { k -= 1 }
        guard k >= sentenceStart, !p.insideQuote[k] else { return nil }
        if p.tokens[k].is(","), let m = appositiveOwner(endingAt: k, sentenceStart: sentenceStart) { return m }
        // "Jo Sims — a teacher from Ames — says": an appositive between dashes.
        if p.tokens[k].text == "—", let open = (max(sentenceStart + 1, k - 12)..<k).last(where: { p.tokens[$0].text == "—" }),
           open + 1 < k, let m = byEnd[open - 1] { return .mention(m) }
        // "The French interior minister, Bernard Cazeneuve, said": the name set off after its title.
        if p.tokens[k].is(","), let m = byEnd[k - 1], mentionKinds[m] == .person, let range = mentionTokens[m],
           range.lowerBound > sentenceStart, p.tokens[range.lowerBound - 1].is(","), range.lowerBound - 1 > sentenceStart,
           Titles.isRoleWord(p.lower(range.lowerBound - 2)) || isTitledOrganisation(endingAt: range.lowerBound - 2, sentenceStart: sentenceStart) {
            return .mention(m)
        }
        if let m = personBeforeAffiliation(endingAt: k) { return .mention(m) }
        return phraseEnding(at: k, sentenceStart: sentenceStart)
    }

    /// The person named right before the organisation that ends at `k` as the person's affiliation
    /// ("Kent Moore at the University of Toronto says", "Tim Guest with the health authority says"); nil
    /// when no such name is there.
    func personBeforeAffiliation(endingAt k: Int) -> Int? {
        guard let org = byEnd[k], mentionKinds[org] != .person, let range = mentionTokens[org] else { return nil }
        var j = range.lowerBound - 1
        if p.lower(j) == "the" { j -= 1 }
        guard j >= 1, CommonWords.affiliationPrepositions.contains(p.lower(j)), let person = byEnd[j - 1], mentionKinds[person] == .person,
              Affiliation.end(after: j, in: p) == k + 1 else { return nil }
        return person
    }

    /// Whether the words between the commas at `open` and `comma` are one person's name, nothing else.
    func setOffPerson(endingAt comma: Int, after open: Int) -> Bool {
        guard let m = byEnd[comma - 1], mentionKinds[m] == .person else { return false }
        return mentionTokens[m]?.lowerBound == open + 1
    }

    /// Whether an organisation ends at `k` after a title in the same sentence ("the director of
    /// provincial operations for EHS"): a description of the name set off after it.
    func isTitledOrganisation(endingAt k: Int, sentenceStart: Int) -> Bool {
        guard k > sentenceStart, let org = byEnd[k], mentionKinds[org] != .person, let range = mentionTokens[org] else { return false }
        return (sentenceStart..<range.lowerBound).contains { p.tokens[$0].kind == .word && !p.tokens[$0].isCapitalized && Titles.isHead(p.lower($0)) }
    }

    /// Whether the word at `k` is "long" or "since" after "has", "have" or "had" ("Ames has long
    /// said", "She has since said"): an adverb of a perfect, not part of the subject.
    func isPerfectAdverb(_ k: Int) -> Bool {
        k >= 1 && Self.perfectAdverbs.contains(p.lower(k)) && Self.perfectAuxiliaries.contains(p.lower(k - 1))
    }

    /// The subject of the clause a participle ("..., writing “…”") attaches to: the first person named
    /// or pronoun in the sentence before it, outside quotation marks.
    func clauseSubject(before v: Int, sentenceStart: Int) -> SpeakerPhrase? {
        // "Hollande said Tuesday in Paris, noting that …": the subject of the main speech verb.
        var main = v - 1
        while main >= sentenceStart {
            if !p.insideQuote[main], isVerb(main), !p.flags(main).contains(.participle) {
                if let speaker = subject(before: main, sentenceStart: sentenceStart) { return speaker }
                if let close = (sentenceStart..<main).last(where: { p.insideQuote[$0] }), let found = after(close) { return found.speaker }
                break
            }
            main -= 1
        }
        var k = sentenceStart
        while k < v {
            if !p.insideQuote[k] {
                if let m = byStart[k], let range = mentionTokens[m], p.tokens[range.upperBound - 1].possessiveLength == 0 {
                    return linkedKind(m) == .person || k == sentenceStart ? .mention(m) : nil
                }
                if p.flags(k).contains(.speakerPronoun) { return .pronoun(p.lower(k)) }
                if k == sentenceStart, p.tokens[k].isCapitalized, p.tokens[k].possessiveLength == 0, !NameRecognizer.isNeverName(p.lower(k)),
                   !p.lower(k).hasSuffix("ly"), !p.lower(k).hasSuffix("ing"),
                   Countries.canonical(p.lower(k)) == nil, p.token(k + 1)?.kind == .word, p.token(k + 1)?.isCapitalized == false {
                    return .unknown(p.tokens[k].text)
                }
            }
            k += 1
        }
        return nil
    }

    /// The whole noun phrase when the name `m` ending at `k` follows "for", "of" or "by" after a head
    /// of ``ownerHeads`` ("A spokesman for Senator X said"), or nil.
    func ownerPhrase(of m: Int, endingAt k: Int, sentenceStart: Int) -> SpeakerPhrase? {
        guard let range = mentionTokens[m] else { return nil }
        var j = range.lowerBound
        while j > sentenceStart, j > range.lowerBound - 5, let w = p.token(j - 1), w.kind == .word, !Self.clauseBreakers.contains(w.lower),
              Titles.isRoleWord(w.lower) || w.isCapitalized || Self.determiners.contains(w.lower) { j -= 1 }
        guard j - 2 >= sentenceStart, Self.ownerPrepositions.contains(p.lower(j - 1)), Self.ownerHeads.contains(p.lower(j - 2)) else { return nil }
        var start = j - 2
        while start > sentenceStart, start > j - 8, let w = p.token(start - 1), w.kind == .word || w.kind == .number, !p.insideQuote[start - 1],
              !SpeakerExtent.leftStops.contains(w.lower), !isVerb(start - 1) {
            start -= 1
            if Self.determiners.contains(w.lower) { break }
        }
        return .nominal(head: p.lower(j - 2), text: p.text(of: start..<(k + 1)))
    }

    /// Whether the token at `k` is an adverb of manner between a subject and its verb ("gingerly").
    func isMannerAdverb(_ k: Int) -> Bool {
        guard let t = p.token(k), t.kind == .word, !t.isCapitalized, t.lower.count > 5, t.lower.hasSuffix("ly") else { return false }
        return !Self.lyNonAdverbs.contains(t.lower)
    }

    /// Whether the token at `k` is the apostrophe of a plural possessive ("Sanders’ campaign"), which
    /// the tokenizer leaves as a quotation mark after the word.
    func isPluralPossessiveMark(_ k: Int) -> Bool {
        guard let t = p.token(k), t.kind == .quoteMark, Self.apostrophes.contains(t.text), !t.spaceBefore,
              let before = p.token(k - 1), before.kind == .word, before.lower.hasSuffix("s"),
              let after = p.token(k + 1), after.kind == .word, after.spaceBefore else { return false }
        return true
    }

    /// The kind of mention `m`, looked up through the attributor's tables.
    func linkedKind(_ m: Int) -> ActorKind? { mentionKinds[m] }

    /// The speaker phrase whose last token is `k`.
    func phraseEnding(at k: Int, sentenceStart: Int) -> SpeakerPhrase? {
        if let m = byEnd[k] {
            // "Black train porters like Grizzle recognized": a name given as an example is not the subject.
            if isExample(m) { return nil }
            return ownerPhrase(of: m, endingAt: k, sentenceStart: sentenceStart) ?? .mention(m)
        }
        let t = p.tokens[k]
        guard t.kind == .word else { return nil }
        if p.flags(k).contains(.speakerPronoun) { return .pronoun(t.lower) }
        if t.lower == "who", k > sentenceStart, p.tokens[k - 1].is(","), let m = byEnd[k - 2] { return .mention(m) }
        if Titles.isHead(t.lower) {
            var j = k
            while j > sentenceStart, let w = p.token(j - 1), w.kind == .word || isPluralPossessiveMark(j - 1),
                  Titles.isRoleWord(w.lower) || Self.determiners.contains(w.lower) || Countries.ofDemonym(w.lower) != nil
                    || w.possessiveLength > 0 || isPluralPossessiveMark(j - 1) || isPluralPossessiveMark(j) { j -= 1 }
            return .nominal(head: t.lower, text: p.text(of: j..<(k + 1)))
        }
        if t.isCapitalized, !NameRecognizer.isNeverName(t.lower), Countries.canonical(t.lower) == nil, !CommonWords.groupNouns.contains(t.lower),
           !Places.contains(t.lower) {
            var j = k
            while j > sentenceStart, let w = p.token(j - 1), w.kind == .word, w.isCapitalized { j -= 1 }
            // "in Columbus, Ohio, said": a place after a preposition is no speaker.
            if let before = p.token(j - 1), Self.clauseBreakers.contains(before.lower) { return nil }
            if j == sentenceStart, p.lower(j).hasSuffix("ly") || p.lower(j).hasSuffix("ing") { return nil }
            return .unknown(p.text(of: j..<(k + 1)))
        }
        return nil
    }

    /// Whether mention `m` stands after "like", "including" or "such as": an example of a group, not
    /// the group itself.
    func isExample(_ m: Int) -> Bool {
        guard let range = mentionTokens[m], range.lowerBound >= 1 else { return false }
        let before = p.lower(range.lowerBound - 1)
        return CommonWords.exampleMarkers.contains(before) || (before == "as" && p.lower(range.lowerBound - 2) == "such")
    }

    /// The person named before "of" or "at" and the organisation `m` ("Holger Schmieding of Berenberg"),
    /// or `m` itself.
    func ownerOfOrganization(_ m: Int) -> Int {
        guard mentionKinds[m] != .person, let range = mentionTokens[m], Self.memberPrepositions.contains(p.lower(range.lowerBound - 1)),
              let person = byEnd[range.lowerBound - 2], mentionKinds[person] == .person else { return m }
        return person
    }

    /// The mention ending at `k`, or before the party tag in parentheses that ends at `k` ("Sen. Jo
    /// Ames (D-Ore.)"), or nil.
    func nameBefore(_ k: Int, sentenceStart: Int) -> Int? {
        if let m = byEnd[k] { return m }
        guard k > sentenceStart + 1, p.tokens[k].is(")"),
              let open = ((max(sentenceStart, k - 6))..<k).last(where: { p.tokens[$0].is("(") }), open > sentenceStart else { return nil }
        return byEnd[open - 1]
    }

    /// The speaker before an appositive or relative clause that ends with the comma at `comma`:
    /// "Maria Zakharova, the ministry’s spokeswoman, said", "Rep. Jo Ames (D-Ore.), a panel member,
    /// said", "An aide, speaking on condition of anonymity, said". A place or organisation named
    /// inside the appositive ("Jo Ames, a delegate from Ames, Iowa, said", "Jo Ames, chairman of
    /// Ames Partners, the group's arm, said") gives way to the person named before it.
    func appositiveOwner(endingAt comma: Int, sentenceStart: Int) -> SpeakerPhrase? {
        var j = comma - 1
        var other: Int?
        while j > sentenceStart, j > comma - 32 {
            if p.tokens[j].is(",") {
                if let m = nameBefore(j - 1, sentenceStart: sentenceStart) {
                    let owner = ownerOfOrganization(m)
                    // "the director of operations for EHS, Jeff Fraser, said": the person set off after a
                    // title that ends in an organisation is left to the rule for a name set off after its title.
                    if mentionKinds[owner] != .person, setOffPerson(endingAt: comma, after: j) { return nil }
                    // "a delegate from Ames, Iowa,": a name after a preposition lies inside the description.
                    let described = mentionTokens[owner].map { Self.prepositions.contains(p.lower($0.lowerBound - 1)) } ?? false
                    if mentionKinds[owner] == .person, !described { return .mention(owner) }
                    if other == nil { other = owner }
                } else if other == nil {
                    // "The party chairman, Jo Ames, said": a name set off after its title is left to the rules for it.
                    if setOffPerson(endingAt: comma, after: j) { return nil }
                    // "An aide, speaking on condition of anonymity, said": a title phrase before the appositive.
                    if let title = phraseEnding(at: j - 1, sentenceStart: sentenceStart), case .nominal = title { return title }
                    // "Lindsey Graham, R-S.C., a candidate, said": a short party tag before the appositive.
                    guard comma - j > 1, j - 3 > sentenceStart, p.tokens[j - 2].is(",") || p.tokens[j - 3].is(",") else { return nil }
                }
            }
            // "Jo Ames, of Ames, Va., said": the period of an abbreviation before a comma ends no sentence.
            if (p.tokens[j].isTerminal && !(p.tokens[j].text == "." && p.token(j + 1)?.is(",") == true)) || p.tokens[j].isDoubleQuote { break }
            j -= 1
        }
        return other.map { .mention($0) }
    }
}
