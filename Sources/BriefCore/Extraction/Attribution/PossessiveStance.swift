extension ReportedSpeechFinder {
    /// Nouns of communication and of stated stance, with the prepositions that open what was said or
    /// the position taken ("his remarks about [the budget]", "her attacks on [the council]", "their
    /// support for [the levy]"): the nominal forms of the verbs of ``prepositionalStance`` and of the
    /// judgement verbs of Levin, *English Verb Classes and Alternations* (1993, §33, §37).
    static let stanceNouns: WordTable<[String]> = {
        var out: [(String, [String])] = []
        /// Adds each noun of `nouns` with the space-separated `prepositions`.
        func add(_ nouns: String, _ prepositions: String) {
            let words = prepositions.split(separator: " ").map(String.init)
            for noun in nouns.split(separator: " ") { out.append((String(noun), words)) }
        }
        add("support", "for")
        add("attack attacks", "on against")
        add("criticism criticisms critique", "of")
        add("views thoughts", "on about")
        add("comments comment opinion", "on about")
        add("remarks", "about")
        add("assessment endorsement embrace description defense defence condemnation", "of")
        add("praise", "of for")
        add("calls proposal", "for")
        add("disagreements disagreement", "with")
        return WordTable(out)
    }()

    /// `his remarks about [CONTENT]`, `her sharp attacks on [CONTENT]`: a possessive pronoun, at most
    /// one word before the noun (an adjective), a noun of ``stanceNouns`` and its preposition. The
    /// speaker is the subject of the clause ("Ryan reiterated his support for …"); without one there
    /// is no statement. One statement per noun, in text order.
    func possessiveStance(in sentence: Range<Int>, end: Int, _ p: ParagraphText, _ a: Attributor) -> [(SpeakerPhrase, Int, Range<Int>)] {
        var out: [(SpeakerPhrase, Int, Range<Int>)] = []
        var k = sentence.lowerBound
        while k < end - 3 {
            defer { k += 1 }
            // Every holder is three bytes opening with "h": the span's length and one byte spare most
            // words the look-up (and the copy of their token).
            let span = p.tokens[k].span
            guard span.end - span.start == 3, p.tokens[k].lower.utf8.first == UInt8(ascii: "h"), p.tokens[k].kind == .word,
                  !p.insideQuote[k], Self.possessiveHolders.contains(p.tokens[k].lower) else { continue }
            guard let noun = [k + 1, k + 2].first(where: { Self.stanceNouns[p.lower($0)]?.contains(p.lower($0 + 1)) == true }),
                  noun == k + 1 || isModifier(k + 1, p) else { continue }
            let start = noun + 2
            guard start < end, let next = p.token(start), next.kind == .word || next.kind == .number || next.kind == .quoteMark,
                  !p.insideQuote[start] else { continue }
            // "Ryan reiterated his support for …": the holder is the clause's subject, as the pronoun's
            // antecedent; without one ("the turmoil over his attacks on …") the holder is not stated here.
            guard let speaker = a.clauseSubject(before: k, sentenceStart: sentence.lowerBound), !isBareWord(speaker) else { continue }
            out.append((speaker, k, start..<clauseEnd(from: start, end: end, p, a)))
            k = start
        }
        return out
    }

    /// Whether `phrase` is a single word that no name rule found ("Reached", "Himself"): an opener of
    /// the sentence rather than the subject holding the position.
    func isBareWord(_ phrase: SpeakerPhrase) -> Bool {
        guard case .unknown(let text) = phrase else { return false }
        return !text.contains(" ")
    }

    /// Whether the word at `k` may modify a following noun: a lower-case word, not a determiner nor a
    /// noun of ``stanceNouns`` ("his [repeated] attacks", not "his [support] for").
    func isModifier(_ k: Int, _ p: ParagraphText) -> Bool {
        guard let t = p.token(k), t.kind == .word, !t.isCapitalized, !p.flags(k).contains(.determiner) else { return false }
        return Self.stanceNouns[t.lower] == nil
    }
}
