/// The speaker's whole noun phrase as the attribution writes it, around the core the patterns found
/// (a name, a pronoun, a title phrase): the role words and descriptions before it ("Republican
/// presidential candidate Donald Trump", "Fox’s Chris Wallace") and an appositive after it set off
/// by a comma ("Sandra Sucher, a business professor who studies ethics,"). This is the speaker as
/// written that the attribution corpora annotate; the resolved actor stays in the mention and entity.
struct SpeakerExtent {
    let a: Attributor

    /// The token range of the speaker phrase around `core` (tokens of the paragraph).
    func extent(of core: Range<Int>) -> Range<Int> {
        let p = a.p
        guard !core.isEmpty, core.upperBound <= p.tokens.count else { return core }
        // A pronoun is the whole phrase.
        if core.count == 1, p.flags(core.lowerBound).contains(.speakerPronoun) { return core }
        let sentence = p.sentences[p.sentenceOf[core.lowerBound]]
        var start = core.lowerBound
        // Going left over the description: role words, capitalised words, possessives, "the".
        while start > sentence.lowerBound {
            let t = p.tokens[start - 1]
            if let title = titleBefore(comma: start - 1, sentence: sentence) {
                start = title
                break
            }
            // "Sanders’ spokesman Jo Ames": a plural possessive, its apostrophe a token of its own.
            if start >= 2, a.isPluralPossessiveMark(start - 1), !p.insideQuote[start - 2] {
                start -= 2
                continue
            }
            guard t.kind == .word || t.kind == .number, !p.insideQuote[start - 1] else { break }
            let lower = t.lower
            if joinsLeft(start - 1) {
                start -= 1
                continue
            }
            if lower == "and", let first = leftConjunct(endingAt: start - 2, sentence: sentence) {
                start = first
                break
            }
            if a.isVerb(start - 1) || Self.leftStops.contains(lower) || CommonWords.weekdays.contains(lower)
                || CommonWords.months.contains(lower) || Attributor.pronouns.contains(lower) || (lower.hasSuffix("ly") && lower.count > 5) { break }
            start -= 1
            if Attributor.determiners.contains(lower) {
                // "Clinton and the State Department said": a noun phrase with a determiner after "and".
                if start > sentence.lowerBound + 1, p.lower(start - 1) == "and", !p.insideQuote[start - 1],
                   let first = leftConjunct(endingAt: start - 2, sentence: sentence) { start = first }
                break
            }
        }
        // A lone sentence-opening adverb or connective is not part of the phrase.
        // "Continued Jo Ames:": a sentence-opening speech verb the name recogniser took into the name.
        if start == sentence.lowerBound, start + 1 < core.upperBound, p.flags(start).contains(.speechVerb),
           p.lower(start).hasSuffix("ed") || p.lower(start) == "said" { start += 1 }
        var end = core.upperBound
        // "of Delaware", "from Sumter": where the speaker is from.
        if Self.sourcePrepositions.contains(p.lower(end)), let next = p.token(end + 1), next.isCapitalized, !p.insideQuote[end + 1] {
            end += 2
            while let w = p.token(end), w.kind == .word, w.isCapitalized, !p.insideQuote[end], p.sentenceOf[end] == p.sentenceOf[core.lowerBound] { end += 1 }
        } else if let organization = organizationEnd(after: end, sentence: sentence) {
            end = organization
        }
        end = headEnd(after: end, sentence: sentence)
        // "Rep. Jim Ames (D-Ore.)": a party tag in parentheses.
        if p.token(end)?.text == "(", let close = (end + 1..<min(end + 6, sentence.upperBound)).first(where: { p.tokens[$0].text == ")" }) {
            end = close + 1
        }
        // "according to a recent Reuters survey of voters,": the source runs to the end of its clause.
        if start >= 2, p.lower(start - 2) == "according", p.lower(start - 1) == "to" {
            var j = end
            while j < sentence.upperBound, !p.insideQuote[j], !p.tokens[j].is(","), !p.tokens[j].isTerminal, !p.tokens[j].is(";"),
                  !p.tokens[j].is(":"), p.tokens[j].text != "—", j < end + 8 { j += 1 }
            if j == sentence.upperBound || p.insideQuote[j] || p.tokens[j].is(",") || p.tokens[j].isTerminal { return start..<j }
        }
        let range = trimmed(start..<appositiveEnd(after: end, sentence: sentence))
        return surveyBefore(range, sentence: sentence) ?? range
    }

    /// The survey of a sentence opening "In a Ledger poll released Sunday, 8 percent of voters said …"
    /// when `range`, naming no person, is the subject right after its comma: the share of respondents
    /// speaks through the poll, which the reader is told is the source. Nil otherwise.
    func surveyBefore(_ range: Range<Int>, sentence: Range<Int>) -> Range<Int>? {
        let p = a.p
        let s = sentence.lowerBound
        // "…, just 8 percent of voters said": an adverb of degree before the share.
        var comma = range.lowerBound - 1
        while comma > s, Self.degreeAdverbs.contains(p.lower(comma)) { comma -= 1 }
        guard comma >= s + 3, p.lower(s) == "in", p.tokens[comma].is(","),
              !range.contains(where: { k in a.byStart[k].map { a.mentionKinds[$0] == .person } ?? false }) else { return nil }
        let phrase = (s + 1)..<comma
        guard phrase.count <= 14, p.flags(s + 1).contains(.determiner) || p.tokens[s + 1].isCapitalized,
              phrase.contains(where: { Self.surveys.contains(p.lower($0)) }),
              phrase.allSatisfy({ k in
                  let t = p.tokens[k]
                  return !p.insideQuote[k] && (t.kind == .word || t.kind == .number || t.text == "/" || t.text == "-" || t.text == "&")
              }) else { return nil }
        return phrase
    }

    /// `range` without a connective opening it or an adverb, a negated auxiliary or a verb of finding
    /// closing it: the attribution names the speaker, not the clause around it.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        let p = a.p
        var start = range.lowerBound, end = range.upperBound
        while start + 1 < end, p.tokens[start].kind == .word, Self.openingConnectives.contains(p.tokens[start].lower) { start += 1 }
        while end - 1 > start, p.tokens[end - 1].kind == .word, !p.tokens[end - 1].isCapitalized {
            let lower = p.tokens[end - 1].lower
            guard Self.closingAdverbs.contains(lower) || Self.findingVerbs.contains(lower) || lower.hasSuffix("n't") || lower.hasSuffix("n’t") else { break }
            end -= 1
        }
        return start..<asideTrimmed(start..<clauseTrimmed(start..<end))
    }

    /// The end of `range` at the first comma after which the main clause's verb follows (", declined to
    /// comment", ", had already endorsed her"): the subject ends there.
    func clauseTrimmed(_ range: Range<Int>) -> Int {
        let p = a.p
        for k in (range.lowerBound + 1)..<max(range.lowerBound + 1, range.upperBound - 1) where p.tokens[k].is(",") {
            guard let next = p.token(k + 1), next.kind == .word, !next.isCapitalized, !p.insideQuote[k + 1] else { continue }
            if (next.lower.hasSuffix("ed") && next.lower.count > 3) || Self.clauseVerbs.contains(next.lower) { return k }
        }
        return range.upperBound
    }

    /// The end of `range` before its last comma-set aside when one closes it.
    func asideTrimmed(_ range: Range<Int>) -> Int {
        let p = a.p
        var end = range.upperBound
        var k = end - 2
        while k > range.lowerBound {
            if p.tokens[k].is(","), let next = p.token(k + 1), next.kind == .word, !next.isCapitalized {
                if Self.asideOpeners.contains(next.lower) { end = k } else { break }
            } else if p.tokens[k].is(",") { break }
            k -= 1
        }
        return end
    }

    /// The end of "of the Ames Institute", "of consulting firm Ames" or, after a title head, "to
    /// President Jo Ames" following the phrase at `k` when it runs to the end of the sentence, a
    /// comma or a speech verb; nil otherwise.
    func organizationEnd(after k: Int, sentence: Range<Int>) -> Int? {
        let p = a.p
        let word = p.lower(k)
        guard Self.sourcePrepositions.contains(word) || (word == "to" && k > 0 && Titles.isHead(p.lower(k - 1))) else { return nil }
        var j = k + 1
        var named = false
        while j < min(sentence.upperBound, k + 9), let t = p.token(j), t.kind == .word || t.kind == .number, !p.insideQuote[j] {
            // "Jo Ames of the Sierra Club said": the speech verb after the organisation ends it.
            if t.isCapitalized { named = true } else if a.isVerb(j) { break } else if Self.leftStops.contains(t.lower) || t.lower.hasSuffix("ly") { return nil }
            j += 1
        }
        guard named, j > k + 1, j == sentence.upperBound || p.tokens[j].is(",") || p.tokens[j].isTerminal || a.isVerb(j) else { return nil }
        // A capitalised word must end the phrase ("of the Ames Institute", not "of the new rules").
        return p.tokens[j - 1].isCapitalized || p.tokens[j - 1].kind == .number ? j : nil
    }

    /// Whether the preposition at `k` joins what is before it to the speaker's phrase: "of" after a
    /// title or a quantity ("Secretary of State Jo Ames", "74 percent of voters"), "for" or "at" after
    /// a title head ("a producer for Studio Nine"), "in" between numbers ("nine in 10 voters"), a
    /// preposition inside a name ("Jo Ames of Ashford University") or after a document ("a report by").
    func joinsLeft(_ k: Int) -> Bool {
        let p = a.p
        guard k > 0, let before = p.token(k - 1), before.kind == .word || before.kind == .number, !p.insideQuote[k - 1] else { return false }
        let word = Token.lowered(before.withoutPossessive)
        if Self.documents.contains(word), Self.documentPrepositions.contains(p.lower(k)) { return true }
        // "Robert Ames of Ashford University", "the Commission on Public Debates": a preposition inside a name.
        if before.isCapitalized, Self.namePrepositions.contains(p.lower(k)), let after = p.token(k + 1),
           after.isCapitalized || (Attributor.determiners.contains(after.lower) && p.token(k + 2)?.isCapitalized == true) { return true }
        switch p.lower(k) {
        case "of": return Titles.isRoleWord(word) || Self.quantities.contains(word) || before.kind == .number
        case "for", "at": return Titles.isHead(word)
        case "in": return p.token(k + 1)?.kind == .number && (before.kind == .number || Self.quantities.contains(word))
        default: return false
        }
    }

    /// The first token of the left conjunct of "X and SPEAKER said" when the conjunct ending at `k`
    /// opens the sentence (or follows a clause opener, a dash, a colon or a quotation) and is a noun phrase of capitalised
    /// words, descriptions, determiners and possessives ("Bolton and Gorka said"); nil otherwise.
    func leftConjunct(endingAt k: Int, sentence: Range<Int>) -> Int? {
        let p = a.p
        var j = k
        while j >= sentence.lowerBound, j > k - 8 {
            let t = p.tokens[j]
            guard t.kind == .word || t.kind == .number, !p.insideQuote[j] else { break }
            if Attributor.clauseOpeners.contains(t.lower) { break }
            let described = t.isCapitalized || t.kind == .number || p.flags(j).contains(.determiner) || t.possessiveLength > 0
                || p.flags(j).contains(.speakerPronoun) || t.lower == "of"
            // Lower-case words of a description ("presidential hopefuls"), not verbs, adverbs or prepositions.
            guard described || Titles.isRoleWord(t.lower) || (j < k && !a.isVerb(j) && !Self.leftStops.contains(t.lower) && !t.lower.hasSuffix("ly")
                                && !t.lower.hasSuffix("ed")) else { return nil }
            j -= 1
        }
        guard j < k else { return nil }
        // The conjunct opens the sentence, a clause, or follows a dateline's dash, a colon or a
        // quotation ("“…,” Jo Ames and Ty Sims wrote").
        if j >= sentence.lowerBound, !Attributor.clauseOpeners.contains(p.tokens[j].lower),
           !(p.tokens[j].text == "—" || p.tokens[j].is(":") || p.tokens[j].kind == .quoteMark) { return nil }
        return j + 1
    }

    /// The first token of a title phrase set off before the name by the comma at `comma` ("The party
    /// chairman, Jo Ames, said"): a phrase ending in the head of a title that opens the sentence or
    /// follows a comma; nil otherwise.
    func titleBefore(comma: Int, sentence: Range<Int>) -> Int? {
        let p = a.p
        guard comma > sentence.lowerBound, p.tokens[comma].is(","), let last = p.token(comma - 1), last.kind == .word,
              Titles.isHead(Token.lowered(last.withoutPossessive)) else { return nil }
        var j = comma - 1
        while j >= sentence.lowerBound, j > comma - 8 {
            let t = p.tokens[j]
            guard t.kind == .word || t.kind == .number, !p.insideQuote[j] else { break }
            if Attributor.clauseOpeners.contains(t.lower) { break }
            if a.isVerb(j) || Self.leftStops.contains(t.lower) { return nil }
            if p.flags(j).contains(.determiner) { return j }
            j -= 1
        }
        guard j < comma - 1 else { return nil }
        if j >= sentence.lowerBound, !(p.tokens[j].is(",") || Attributor.clauseOpeners.contains(p.tokens[j].lower)) { return nil }
        return j + 1
    }

    /// The end of the phrase when lower-case nouns follow the name up to the verb or the sentence's
    /// end ("a Varga supporter said", "one county GOP leader said"): the name modifies the head noun.
    func headEnd(after k: Int, sentence: Range<Int>) -> Int {
        let p = a.p
        var j = k
        while j < min(k + 3, sentence.upperBound), let t = p.token(j), t.kind == .word, !t.isCapitalized, !p.insideQuote[j],
              !a.isVerb(j), !Self.appositiveStops.contains(t.lower), !Self.leftStops.contains(t.lower), !Attributor.skippable.contains(t.lower),
              !t.lower.hasSuffix("ly"), !t.lower.hasSuffix("ing"), !t.lower.hasSuffix("ed"), !Attributor.pronouns.contains(t.lower),
              !Self.notNouns.contains(t.lower), !ReportedSpeechFinder.trailingVerbs.contains(t.lower),
              // "Many supporters believe the levy …": a verb of the clause or a determiner ends the head
              // ("Other voices said": a noun spelled like a verb, before the verb of saying, does not).
              !(ReportedSpeechFinder.contentVerbWords.contains(t.lower) && !a.isVerb(j + 1)), !Attributor.nounDeterminers.contains(t.lower),
              !t.lower.hasSuffix("n't"), !t.lower.hasSuffix("n’t") { j += 1 }
        guard j > k, let next = p.token(j) else { return k }
        // "the Ohio senator and party candidate said": a second title joined by "and".
        if let (_, e) = a.conjoinedTitle(at: j), let after = p.token(e), after.isTerminal || after.is(",") || a.isVerb(e) { return e }
        // "The Ames campaign has argued": an auxiliary before the verb.
        let auxiliary = Self.auxiliaries.contains(next.lower) && p.token(j + 1).map { $0.kind == .word } == true
        // "campaign finance records show": the verb of a trailing attribution ends the head too.
        let trailingVerb = ReportedSpeechFinder.trailingVerbs.contains(next.lower)
        return next.isTerminal || next.is(",") || a.isVerb(j) || trailingVerb || next.lower == "who" || auxiliary ? j : k
    }

    /// The end of an appositive set off by a comma at `k`: up to the next comma before a speech verb,
    /// or to the end of the sentence when the phrase ends it; `k` when there is none.
    func appositiveEnd(after k: Int, sentence: Range<Int>) -> Int {
        let p = a.p
        guard let comma = p.token(k), comma.is(","), let first = p.token(k + 1), !p.insideQuote[k + 1] else { return k }
        if Self.whoForms.contains(first.lower) { return relativeEnd(after: k, sentence: sentence) }
        // ", of Ames, Iowa,": a home town set off like an appositive.
        let hometown = first.lower == "of" && p.token(k + 2).map { $0.kind == .word && $0.isCapitalized } == true
        let opens = (first.kind == .word || first.kind == .number) && (!Self.appositiveStops.contains(first.lower) || hometown)
            && !first.lower.hasSuffix("ly") && !a.isVerb(k + 1) && !(first.lower.hasSuffix("ing") && !first.isCapitalized)
        guard opens else { return k }
        var j = k + 1
        var relative = false
        while j < sentence.upperBound, !p.insideQuote[j] {
            let t = p.tokens[j]
            if t.is(",") {
                // ", said": the appositive ends before the verb; ", adding that": before the clause.
                if a.isVerb(j + 1) || p.flags(j + 1).contains(.skippable) { return j }
                if let next = p.token(j + 1), next.kind == .word, next.lower.hasSuffix("ing") || Attributor.clauseOpeners.contains(next.lower) { return j }
                // ", a lawyer, endorsed …": a verb in the past after the appositive's comma.
                if let next = p.token(j + 1), next.kind == .word, !next.isCapitalized,
                   next.lower.hasSuffix("ed") || Self.singularPredicates.contains(next.lower) { return j }
            }
            // ", R-Ky.,": the period of an abbreviation before a comma.
            if t.text == ".", p.token(j + 1)?.is(",") == true {
                j += 1
                continue
            }
            if t.isTerminal || t.is(";") || t.is(":") || t.text == "—" { return j }
            if Self.personRelatives.contains(t.lower) { relative = true }
            // "a creative writing professor": an -ing form before a noun; "who argued …": the clause's own verb.
            if a.isVerb(j), j > k + 1, !relative, !(t.lower.hasSuffix("ing") && p.token(j + 1)?.kind == .word) { return k }
            j += 1
        }
        return j
    }

    /// The end of a relative clause describing the speaker (", who ran the count,"): the comma before
    /// the speech verb or a participle, or the end of the sentence; `k` when a quotation or another
    /// clause interrupts it. The attribution corpora count the clause as part of the speaker.
    func relativeEnd(after k: Int, sentence: Range<Int>) -> Int {
        let p = a.p
        var j = k + 2
        while j < sentence.upperBound {
            let t = p.tokens[j]
            // ", who said he …": a clause of saying is a statement of its own, not a description.
            if p.insideQuote[j] || t.kind == .quoteMark || t.is("(") || (j == k + 2 && a.isVerb(j)) { return k }
            if t.is(",") {
                guard let next = p.token(j + 1), next.kind == .word, !p.insideQuote[j + 1] else { return k }
                if Self.appositiveEnders.contains(next.lower) { return k }
                // ", who won Ohio, is calling for": a lower-case word after the comma is the main clause again.
                if !next.isCapitalized { return j }
            }
            if t.isTerminal || t.is(";") || t.is(":") || t.text == "—" { return j }
            j += 1
        }
        return j
    }

    /// The tokens of `phrase` in this paragraph nearest to token `near`, or nil when the phrase is
    /// not written here (a speaker named in an earlier paragraph).
    func core(of phrase: SpeakerPhrase, candidates: [NameCandidate], near: Int) -> Range<Int>? {
        let p = a.p
        switch phrase {
        case .mention(let m):
            guard candidates[m].paragraph == p.number else { return nil }
            var tokens = candidates[m].tokens
            if let role = candidates[m].role, role.upperBound <= tokens.lowerBound { tokens = role.lowerBound..<tokens.upperBound }
            return tokens
        case .pronoun(let word):
            return nearest(near) { p.tokens[$0].lower == word ? $0..<($0 + 1) : nil }
        case .nominal(_, let text), .unknown(let text):
            let words = Tokenizer.tokenize(text)
            guard let first = words.first?.text else { return nil }
            let count = words.count
            return nearest(near) { k in
                p.tokens[k].text == first && k + count <= p.tokens.count && p.text(of: k..<(k + count)) == text ? k..<(k + count) : nil
            }
        }
    }

    /// The match of `test` outside quotation marks nearest to token `near` (the earlier of two as
    /// near), searched outwards from `near` so that a long paragraph is not read whole for each speaker.
    private func nearest(_ near: Int, _ test: (Int) -> Range<Int>?) -> Range<Int>? {
        let reach = max(near, a.p.tokens.count - 1 - near)
        guard reach >= 0 else { return nil }
        for distance in 0...reach {
            if let found = match(near - distance, test) { return found }
            if distance > 0, let found = match(near + distance, test) { return found }
        }
        return nil
    }

    /// The match of `test` at token `k`, when `k` is a token outside quotation marks.
    private func match(_ k: Int, _ test: (Int) -> Range<Int>?) -> Range<Int>? {
        a.p.tokens.indices.contains(k) && !a.p.insideQuote[k] ? test(k) : nil
    }
}
