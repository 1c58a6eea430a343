/// What a rule of reported speech matched in a sentence: the speaker, the token where the speaker's
/// pronoun (if any) stands, the tokens of the reported clause, and the rule that matched.
struct RuleMatch: Sendable, Hashable {
    /// The speaker phrase.
    var speaker: SpeakerPhrase
    /// The token index the pronoun is resolved from (or the speaker's token when it is a name).
    var pronounAt: Int
    /// The reported clause, as a range of token indices.
    var clause: Range<Int>
    /// The rule that matched.
    var rule: RuleID

    /// Creates the value from its parts.
    init(speaker: SpeakerPhrase, pronounAt: Int, clause: Range<Int>, rule: RuleID) {
        self.speaker = speaker
        self.pronounAt = pronounAt
        self.clause = clause
        self.rule = rule
    }

    /// The match of `rule` for a pattern method's result `(speaker, pronoun token, clause)`, or nil when
    /// the pattern found nothing.
    init?(_ found: (SpeakerPhrase, Int, Range<Int>)?, _ rule: RuleID) {
        guard let found else { return nil }
        self.init(speaker: found.0, pronounAt: found.1, clause: found.2, rule: rule)
    }
}
