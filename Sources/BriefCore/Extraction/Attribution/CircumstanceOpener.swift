extension ReportedSpeechFinder {

    /// Whether the word at `k`, right after a verb of saying or its addressee, opens the circumstance
    /// of the saying rather than a reported clause. "as much", "as many" are things said ("said as much");
    /// "when" and "while" open a circumstance before a participle ("said when asked", "wrote while
    /// campaigning"), and may open a clause otherwise ("said when the bridge opens, fares will fall").
    func opensCircumstance(_ k: Int, _ p: ParagraphText) -> Bool {
        let word = p.lower(k)
        guard Self.circumstanceOpeners.contains(word) else {
            // "told reporters in Ohio", "said over breakfast", "told voters Monday": a place or a time ("to" may open a request).
            return word != "to" && (Self.timeWords.contains(word) || Self.trailingOpeners.contains(word))
        }
        let next = p.lower(k + 1)
        switch word {
        case "as": return !Self.muchOrMany.contains(next)
        case "when", "while": return next == "asked" || (next.hasSuffix("ing") && next.count > 4)
        default: return true
        }
    }
}
