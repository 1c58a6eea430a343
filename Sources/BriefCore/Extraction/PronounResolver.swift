/// Resolves a pronoun speaker ("he said") to the person it refers to, only with evidence: going back
/// sentence by sentence (up to two paragraphs), the antecedent is the nearest person whose gender agrees
/// and who is salient — the one who speaks ("Feinstein said"), acts, or is named first in a sentence
/// where a subject stands.
/// A nearer person of agreeing gender who is not salient (an object, a name in an aside, a name left
/// ambiguous) competes, and a subject who does not speak also competes with the last one who spoke
/// before it; with a competitor the pronoun stays unresolved, as with two speakers in one sentence.
/// Names inside quotation marks and photo credits ("Ryan Remiorz / The Canadian Press") are not
/// antecedents; "they", "I" and "we" are not resolved.
/// A pronoun that spoke before ("He said the co-op, run by Martin Legere, …") stands for the person
/// it was resolved to: the chain of "he said" keeps its speaker through the names told about.
struct PronounResolver {
    let linked: MentionLinker.Linked
    let paragraphs: [ParagraphText]
    /// The speaking pronouns resolved so far, in text order.
    var spoken: [SpokenPronoun]

    /// A resolver that reads the article's speaking pronouns as ``MentionLinker/Linked`` holds them.
    init(linked: MentionLinker.Linked, paragraphs: [ParagraphText]) {
        self.init(linked: linked, paragraphs: paragraphs, spoken: linked.spokenPronouns)
    }

    /// A resolver that reads `spoken` for the speaking pronouns before the one it resolves.
    init(linked: MentionLinker.Linked, paragraphs: [ParagraphText], spoken: [SpokenPronoun]) {
        self.linked = linked
        self.paragraphs = paragraphs
        self.spoken = spoken
    }

    /// The entity index standing for a name that binds to no entity.
    static let unbound = -1

    /// A possible antecedent: a mention and where it stands.
    private struct Antecedent {
        let mention: Int
        let entity: Int
        let paragraph: Int
        let sentence: Int
        let speaks: Bool
        var salient: Bool
        /// The first token of the name, or the pronoun standing for it.
        let token: Int
        /// Whether a speaking pronoun stands here for the person.
        var isPronoun = false

        /// Whether it stands nearer the pronoun being resolved than `other`.
        func isNearer(than other: Antecedent) -> Bool {
            (paragraph, token) > (other.paragraph, other.token)
        }

        /// Whether `other` stands in the same sentence.
        func sharesSentence(with other: Antecedent) -> Bool {
            paragraph == other.paragraph && sentence == other.sentence
        }
    }

    /// The mention the pronoun `pronoun` at token `token` of paragraph `paragraph` (1-based) refers to.
    func resolve(_ pronoun: String, paragraph: Int, token: Int) -> Int? {
        guard let gender = Gender.ofPronoun(pronoun) else { return nil }
        // "he told Hannity", "he said Trump would win": a pronoun is not the person its own clause
        // names after it.
        let excluded = peopleNamed(after: token, in: paragraph)
        let antecedents = candidates(before: token, in: paragraph, agreeingWith: gender).filter { !excluded.contains($0.entity) }
        guard let chosen = antecedents.firstIndex(where: \.salient) else {
            // No one speaks or acts: the nearest sentence's people, when they are one person.
            guard let first = antecedents.first else { return nil }
            let sentence = antecedents.prefix { $0.sharesSentence(with: first) }
            return Set(sentence.map(\.entity)).count == 1 && first.entity != Self.unbound ? first.mention : nil
        }
        guard let pick = best(in: antecedents, sentenceOf: antecedents[chosen]), pick.entity != Self.unbound else { return nil }
        // People in nearer sentences who are not salient compete with the pick (in its own sentence the
        // subject wins); a subject who does not speak also competes with the one who spoke last before it.
        let nearer = antecedents[..<chosen].contains { $0.entity != pick.entity && !$0.sharesSentence(with: pick) }
        if nearer { return nil }
        // A person introduced here, as the subject, is who the story turns to.
        if pick.speaks || isIntroduced(pick) { return pick.mention }
        // A pronoun that spoke supports its person but does not block a newly named subject.
        let lastSpeaker = antecedents[chosen...].first { $0.speaks && !$0.isPronoun }
        return lastSpeaker.map { $0.entity != pick.entity } ?? false ? nil : pick.mention
    }

    /// Whether the antecedent is the first mention of its person in the article.
    private func isIntroduced(_ a: Antecedent) -> Bool {
        !a.isPronoun && linked.entities[a.entity].mentions.first == a.mention
    }

    /// In the sentence of `anchor`, the salient antecedent that speaks, else the first salient one;
    /// nil when two different people speak there.
    private func best(in antecedents: [Antecedent], sentenceOf anchor: Antecedent) -> Antecedent? {
        let same = antecedents.filter { $0.sharesSentence(with: anchor) && $0.salient }
        let speakers = same.filter(\.speaks)
        if Set(speakers.map(\.entity)).count > 1 { return nil }
        // `same` is nearest first: the sentence's first mention is its last element.
        return speakers.last ?? same.last
    }

    /// The people of agreeing gender mentioned before the pronoun within two paragraphs back, outside
    /// quotation marks and credits, nearest first. A person is salient who speaks, acts, or is the
    /// first person named in the sentence, where a subject stands.
    private func candidates(before token: Int, in paragraph: Int, agreeingWith gender: Gender) -> [Antecedent] {
        let base = paragraphs[0].number
        let here = paragraphs[paragraph - base]
        let sentenceHere = here.sentenceOf[min(token, here.tokens.count - 1)]
        var people: [Antecedent] = []
        var agreeing: [Bool] = []
        var sentencesSeen = 0, lastSentence: (paragraph: Int, sentence: Int)?
        // By index, nearest first, from the last name before the pronoun (the candidates are in text
        // order), and no further back than `window` sentences: a long paragraph costs no more per pronoun.
        var m = lastCandidate(before: token, in: paragraph)
        let reach = earliestParagraph(from: paragraph)
        while m >= 0 {
            defer { m -= 1 }
            let number = linked.candidates[m].paragraph
            if number < reach { break }
            let start = linked.candidates[m].tokens.lowerBound
            let sentence = paragraphs[number - base].sentenceOf[start]
            if number == paragraph && sentence > sentenceHere { continue }
            if lastSentence.map({ $0 != (number, sentence) }) ?? true {
                sentencesSeen += 1
                if sentencesSeen > Self.window { break }
                lastSentence = (number, sentence)
            }
            guard linked.candidates[m].kind == .person else { continue }
            let c = linked.candidates[m]
            let p = paragraphs[c.paragraph - base]
            if p.insideQuote[c.tokens.lowerBound] || p.isCaption || p.isLayout || isCredit(c, in: p) { continue }
            // A name left unbound (ambiguous) still stands in the text: it competes, as `unbound`.
            let e = linked.mentions[m].entity ?? Self.unbound
            // "Although Trump has tweeted that …, …, he said": a speaker in an opening subordinate clause
            // is not who the story follows; he still competes.
            let salient = (c.speaks || c.acts) && !opensSubordinateClause(before: start, in: p)
            people.append(Antecedent(mention: m, entity: e, paragraph: c.paragraph, sentence: sentence,
                                     speaks: c.speaks, salient: salient, token: start))
            agreeing.append(e == Self.unbound ? c.gender.agrees(with: gender) : linked.genders[e].agrees(with: gender))
        }
        if let spoke = speakingPronoun(before: token, in: paragraph, agreeingWith: gender) {
            let at = people.firstIndex { spoke.isNearer(than: $0) } ?? people.count
            people.insert(spoke, at: at)
            agreeing.insert(true, at: at)
        }
        // The first person of a sentence is the last of its run in `people` (nearest first).
        var out: [Antecedent] = []
        for (i, var a) in people.enumerated() where agreeing[i] {
            let first = i + 1 == people.count || !people[i + 1].sharesSentence(with: a)
            if first && !a.isPronoun && standsAsSubject(linked.candidates[a.mention], in: paragraphs[a.paragraph - base]) { a.salient = true }
            out.append(a)
        }
        return out
    }

    /// Whether token `k` lies in a subordinate clause that opens its sentence ("Although Trump has
    /// tweeted …,"): the sentence's first word is a subordinator and no comma stands between it and `k`.
    private func opensSubordinateClause(before k: Int, in p: ParagraphText) -> Bool {
        var first = p.sentences[p.sentenceOf[k]].lowerBound
        while first < k, p.tokens[first].kind != .word { first += 1 }
        // An opening clause is short: a name further into a long sentence is read in constant time.
        guard first < k, k - first <= Self.openingClauseReach, CommonWords.subordinators.contains(p.tokens[first].lower) else { return false }
        return !p.tokens[first..<k].contains { $0.is(",") }
    }

    /// How many tokens, at most, an opening subordinate clause runs before the name it holds.
    static let openingClauseReach = 40

    /// Whether the name stands where a subject does: opening its sentence (titles aside), or after the
    /// comma that closes an opening phrase ("Down the street, Jon Marek cheered").
    private func standsAsSubject(_ c: NameCandidate, in p: ParagraphText) -> Bool {
        var k = c.tokens.lowerBound
        while k > 0, p.tokens[k - 1].kind == .word, !p.flags[k - 1].isDisjoint(with: [.roleWord, .honorific, .demonym]) { k -= 1 }
        if p.startsSentence(k) { return true }
        guard k > 0, p.tokens[k - 1].is(","), let next = p.token(c.tokens.upperBound) else { return false }
        // "On Tuesday, Donald Tusk, the president of the council, urged …" stands as the subject too.
        return next.kind == .word && !next.isCapitalized || next.is(",")
    }

    /// How many paragraphs back, at most, an antecedent is looked for: layout lines ("Story continues
    /// below advertisement", "READ MORE: …") between do not count.
    static let paragraphReach = 2

    /// The number of the earliest paragraph an antecedent of a pronoun in paragraph `paragraph` may
    /// stand in: ``paragraphReach`` paragraphs of the story back, layout lines skipped.
    func earliestParagraph(from paragraph: Int) -> Int {
        let base = paragraphs[0].number
        var number = paragraph, counted = 0
        while counted < Self.paragraphReach, number - 1 >= base {
            number -= 1
            if !paragraphs[number - base].isLayout { counted += 1 }
        }
        return number
    }

    /// How many sentences back, at most, an antecedent is looked for.
    static let window = 8

    /// The people named after token `token` in its clause: up to the next punctuation mark, so that
    /// a main clause after a fronted one ("Though she called it outrageous, Clinton …") is not included.
    private func peopleNamed(after token: Int, in paragraph: Int) -> Set<Int> {
        let p = paragraphs[paragraph - paragraphs[0].number]
        guard token < p.tokens.count else { return [] }
        var end = token + 1
        let sentenceEnd = p.sentences[p.sentenceOf[token]].upperBound
        while end < sentenceEnd, p.tokens[end].kind == .word { end += 1 }
        var people: Set<Int> = []
        var m = lastCandidate(before: end, in: paragraph)
        while m >= 0, linked.candidates[m].paragraph == paragraph, linked.candidates[m].tokens.lowerBound > token {
            let c = linked.candidates[m]
            if c.kind == .person, !p.insideQuote[c.tokens.lowerBound], let e = linked.mentions[m].entity { people.insert(e) }
            m -= 1
        }
        return people
    }

    /// How many speaking pronouns back, at most, one of agreeing gender is looked for.
    static let spokenReach = 8

    /// The nearest pronoun of agreeing gender before token `token` of paragraph `paragraph` that
    /// spoke, within two paragraphs, as an antecedent standing for the person it was resolved to;
    /// nil when there is none or it was resolved to no one.
    private func speakingPronoun(before token: Int, in paragraph: Int, agreeingWith gender: Gender) -> Antecedent? {
        var low = 0, high = spoken.count
        while low < high {
            let mid = (low + high) / 2
            if (spoken[mid].paragraph, spoken[mid].token) < (paragraph, token) { low = mid + 1 } else { high = mid }
        }
        var i = low - 1
        let reach = earliestParagraph(from: paragraph)
        while i >= 0, i >= low - Self.spokenReach, spoken[i].paragraph >= reach {
            let s = spoken[i]
            if s.gender == gender {
                guard let m = s.mention, let e = linked.mentions[m].entity,
                      !someoneElseSpeaks(after: s, before: token, in: paragraph) else { return nil }
                return Antecedent(mention: m, entity: e, paragraph: s.paragraph, sentence: s.sentence, speaks: true,
                                  salient: true, token: s.token, isPronoun: true)
            }
            i -= 1
        }
        return nil
    }

    /// Whether a person named between the speaking pronoun `s` and token `token` of paragraph
    /// `paragraph` speaks: then the chain is broken, whatever that person's gender seems to be.
    private func someoneElseSpeaks(after s: SpokenPronoun, before token: Int, in paragraph: Int) -> Bool {
        var m = lastCandidate(before: token, in: paragraph)
        while m >= 0, (linked.candidates[m].paragraph, linked.candidates[m].tokens.lowerBound) > (s.paragraph, s.token) {
            let c = linked.candidates[m]
            if c.kind == .person, c.speaks, linked.mentions[m].entity != linked.mentions[s.mention ?? -1].entity { return true }
            m -= 1
        }
        return false
    }

    /// The index of the last name candidate that starts before token `token` of paragraph `paragraph`,
    /// or -1: a binary search, the candidates being in text order.
    private func lastCandidate(before token: Int, in paragraph: Int) -> Int {
        var low = 0, high = linked.candidates.count
        while low < high {
            let mid = (low + high) / 2
            let c = linked.candidates[mid]
            if (c.paragraph, c.tokens.lowerBound) < (paragraph, token) { low = mid + 1 } else { high = mid }
        }
        return low - 1
    }

    /// Whether the name is a photographer's credit: "Ryan Remiorz / The Canadian Press", "(Ryan Remiorz)".
    private func isCredit(_ c: NameCandidate, in p: ParagraphText) -> Bool {
        if let next = p.token(c.tokens.upperBound), next.is("/") { return true }
        return c.tokens.lowerBound > 0 && p.tokens[c.tokens.lowerBound - 1].is("(") && p.token(c.tokens.upperBound)?.is(")") == true
    }
}
