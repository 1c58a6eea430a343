/// A rule that finds the subject of a verb that introduces a quotation (`SPEAKER said: “Q”`, `…,
/// noting “Q”`): a name, a one-line description and a search before the verb. The rules are values
/// in the ordered lists of ``QuoteSubjectRules``.
protocol QuoteSubjectRule: Sendable {
    /// The rule's name, as a newcomer would search for it.
    var name: String { get }
    /// What it recognises, in one line.
    var summary: String { get }
    /// The speaker before the verb of `verb`, or nil when this rule finds none.
    func subject(_ verb: QuoteVerbView) -> SpeakerPhrase?
}

/// A verb before a quotation as the rules of ``QuoteSubjectRules`` read it: where it stands, where
/// its sentence starts, and the paragraph's attributor.
struct QuoteVerbView {
    /// The paragraph's attributor, whose subject searches the rules call.
    let a: Attributor
    /// The verb's token index (for "went on to say", the verb before "to").
    let v: Int
    /// The token index of the sentence's first token.
    let sentenceStart: Int
}
