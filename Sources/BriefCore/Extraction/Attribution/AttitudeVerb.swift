extension ReportedSpeechFinder {

    /// Whether the word at `v` is a verb of attitude whose clause or object follows, directly or
    /// after "that" ("Officials expect the bank to raise rates", "I think we can win").
    func isAttitudeVerb(_ v: Int, _ p: ParagraphText) -> Bool {
        guard let t = p.token(v), t.kind == .word, !t.isCapitalized, Self.attitudeVerbs.contains(t.lower),
              let next = p.token(v + 1), next.kind == .word || next.kind == .number else { return false }
        // "to think", "the fears", "their hopes", "(think Brexit": an infinitive, a noun or an aside.
        if let before = p.token(v - 1) {
            if before.kind == .word, before.possessiveLength > 0 || p.flags(v - 1).contains(.nounDeterminer) || before.lower == "to" {
                return false
            }
            if before.is("(") { return false }
        }
        // "those who think …": a relative clause, whose statement PolNeAR spans differently.
        if p.lower(v - 1) == "who" { return false }
        // "as we know it": a set phrase, no object of its own.
        if next.lower == "it", p.lower(v - 2) == "as" { return false }
        return next.lower == "that" || Self.attitudeObjectOpeners.contains(next.lower) || (next.isCapitalized && !p.insideQuote[v + 1]) || next.kind == .number
    }

    /// Whether the clause starting at `start` is the object of a verb of attitude, directly or after
    /// "that": the statement is then one of stance.
    func followsAttitudeVerb(_ start: Int, _ p: ParagraphText) -> Bool {
        var v = start - 1
        if p.lower(v) == "that" { v -= 1 }
        return v >= 0 && Self.attitudeVerbs.contains(p.lower(v))
    }

    /// Whether the speaker is the first or second person ("I", "we", "you"): a verb of attitude of
    /// theirs outside quotation marks is the writer's aside or part of an unmarked quotation.
    func isFirstPerson(_ phrase: SpeakerPhrase) -> Bool {
        switch phrase {
        case .pronoun(let word), .unknown(let word): return Self.firstAndSecondPerson.contains(word.lowercased())
        default: return false
        }
    }

    /// Whether a speaker phrase that no name or title rule found is doubtful for a verb of attitude:
    /// longer than eight words or holding one of ``doubtfulSpeakerWords`` ("where Ames and his aides",
    /// "the council expressed doubt"). Checked only when a verb of attitude is found, which is rare.
    func isDoubtfulAttitudeSpeaker(_ phrase: SpeakerPhrase) -> Bool {
        guard case .unknown(let text) = phrase else { return false }
        let words = text.split(separator: " ")
        return words.count > 8 || words.contains { Self.doubtfulSpeakerWords.contains($0.lowercased()) }
    }

    /// Whether `phrase` is a pronoun at `k` that does not open its sentence or a clause of its own
    /// ("said he thinks", "because they believe", "told the paper she thinks"): the attitude is then
    /// part of another statement, which PolNeAR-style annotation gives to that statement's speaker.
    /// The range searched may be a reported clause ("Ames said [she thinks …]"), so the word before
    /// the pronoun is read from the paragraph: only a sentence's end or a link opens a clause.
    func isNestedPronoun(_ phrase: SpeakerPhrase, at k: Int, _ p: ParagraphText) -> Bool {
        guard case .pronoun = phrase, k > 0 else { return false }
        let before = p.tokens[k - 1]
        if before.isTerminal || before.kind == .quoteMark { return false }
        return !Self.clauseStartLinks.contains(before.lower)
    }
}
