extension ReportedSpeechFinder {
    /// Verbs of communication and of stated stance whose content is the noun phrase after a
    /// preposition ("Ames talked about [the budget]", "she spoke of [her faith]", "he commented on
    /// [the ruling]", "they lashed out at [the court]"), with the words that must follow each one.
    /// The verbs follow the classes of Levin, *English Verb Classes and Alternations* (1993): talk
    /// verbs (37.5), chitchat verbs (37.6), say and complain verbs (37.7–37.8), advise verbs (37.9)
    /// and judgement verbs (33), keeping those whose prepositional object names what was said or the
    /// position taken. A particle or a fixed noun comes before the preposition where the phrase needs
    /// it ("lashed out at", "took issue with").
    static let prepositionalStance: WordTable<[[String]]> = {
        var out: [String: [[String]]] = [:]
        /// Adds `forms` of a verb with each of the space-separated `phrases`, separated by `|`.
        func add(_ forms: String, _ phrases: String) {
            let words = phrases.split(separator: "|").map { $0.split(separator: " ").map(String.init) }
            for form in forms.split(separator: " ") { out[String(form), default: []].append(contentsOf: words) }
        }
        add("talk talks talked talking", "about|of")
        add("speak speaks spoke spoken speaking", "about|of|out about|out against|out on")
        add("write writes wrote written", "about")
        add("complain complains complained", "about")
        add("joke jokes joked", "about")
        add("brag brags bragged boast boasts boasted", "about|of")
        add("testify testifies testified", "about|against")
        add("comment comments commented", "about|on")
        add("reminisce reminisces reminisced speculate speculates speculated", "about")
        add("warn warns warned", "of")
        add("weigh weighs weighed", "in on")
        add("touch touches touched", "on")
        add("ask asks asked", "for")
        add("apologize apologizes apologized apologise apologises apologised plead pleads pleaded", "for")
        add("object objects objected allude alludes alluded", "to")
        add("agree agrees agreed disagree disagrees disagreed", "with")
        add("vote votes voted", "against")
        add("caution cautions cautioned", "against")
        add("come comes came", "out against|out for|out in favor of")
        add("push pushes pushed", "back against|back on")
        add("lash lashes lashed", "out at|out against")
        add("fire fires fired hit hits", "back at")
        add("swipe swipes swiped jab jabs jabbed balk balks balked scoff scoffs scoffed", "at")
        add("take takes took", "aim at|issue with|a swipe at|a shot at")
        return WordTable(out.map { ($0.key, $0.value) })
    }()

    /// Where the content of a verb of ``prepositionalStance`` at `v` starts: after its preposition
    /// (and a particle or an adverb in "-ly" before it), when a word, a number or a quotation mark
    /// follows; nil when `v` is no such verb, or a noun after a determiner or a possessive ("his talk
    /// about", "the vote against").
    func prepositionalStanceStart(_ v: Int, _ p: ParagraphText) -> Int? {
        guard let t = p.token(v), t.kind == .word, !t.isCapitalized, let phrases = Self.prepositionalStance[t.lower] else { return nil }
        if let before = p.token(v - 1), before.kind == .word, before.possessiveLength > 0 || p.flags(v - 1).contains(.nounDeterminer) {
            return nil
        }
        // "shows Hess talking about", "on CNN talking about": a participle needs its auxiliary, or a comma
        // before it (", talking about …", read by the participle rule); otherwise its subject is not the word before it.
        if t.lower.hasSuffix("ing"), let before = p.token(v - 1), !before.is(","), !Self.progressiveBe.contains(before.lower) {
            return nil
        }
        // "Did they talk about …?": a question, not a statement.
        if Self.doForms.contains(p.lower(v - 2)), p.token(v - 2)?.isCapitalized == true { return nil }
        // "her seemingly incongruous comments on": a plural noun after a possessive and its modifiers.
        if t.lower.hasSuffix("s"), isAfterPossessive(v, p) { return nil }
        var k = v + 1
        // "spoke favorably of", "voted strongly against": one adverb of manner.
        if let w = p.token(k), w.kind == .word, w.lower.hasSuffix("ly"), w.lower.utf8.count > 3 { k += 1 }
        for words in phrases where (0..<words.count).allSatisfy({ p.lower(k + $0) == words[$0] }) {
            let start = k + words.count
            guard let next = p.token(start), next.kind == .word || next.kind == .number || next.kind == .quoteMark else { return nil }
            return start
        }
        return nil
    }

    /// Whether one or two lower-case words between `v` and a possessive pronoun before them make the
    /// word at `v` the head of a noun phrase ("his recent comments", "her seemingly odd remarks").
    func isAfterPossessive(_ v: Int, _ p: ParagraphText) -> Bool {
        for k in [v - 2, v - 3] where k >= 0 && Self.possessivePronouns.contains(p.lower(k)) {
            return ((k + 1)..<v).allSatisfy { p.tokens[$0].kind == .word && !p.tokens[$0].isCapitalized }
        }
        return false
    }

    /// Whether a speaker phrase opens with "like" ("like Trump"): a comparison set before the subject.
    func isComparison(_ phrase: SpeakerPhrase) -> Bool {
        guard case .unknown(let text) = phrase else { return false }
        return text.hasPrefix("like ") || text.hasPrefix("Like ")
    }
}
