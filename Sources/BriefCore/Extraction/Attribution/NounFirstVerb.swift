extension Attributor {

    /// Whether the noun-first speech verb at `k` is a verb here: after a personal pronoun ("They state
    /// their aim is …"), before a colon or a comma ("The rule states: …", "“…,” the memo states, …"), or
    /// before "that" opening a clause ("The memo states that the fund …"); "that" before a verb opens a
    /// relative clause of the noun ("the states that voted", "states that will hold primaries").
    func isVerbReading(ofNounFirst k: Int) -> Bool {
        if p.flags(k - 1).contains(.speakerPronoun) || Self.impersonalPronouns.contains(p.lower(k - 1)) { return true }
        if let next = p.token(k + 1), next.is(":") || (next.is(",") && p.token(k - 1)?.kind == .word) { return true }
        guard p.lower(k + 1) == "that", let next = p.token(k + 2) else { return false }
        return !ReportedSpeechFinder.finiteVerbs.contains(next.lower) && !(next.kind == .word && next.lower.hasSuffix("ed"))
    }
}
