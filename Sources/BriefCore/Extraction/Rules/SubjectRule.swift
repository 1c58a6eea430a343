/// A rule that finds the speaker before a verb: a name, a one-line description and a search. `View` is
/// how the rule sees the verb: ``VerbView`` for reported statements (the ordered lists of
/// ``SubjectRules``), ``QuoteVerbView`` for the verbs that introduce quotations (``QuoteSubjectRules``).
protocol SubjectRule<View>: Sendable {
    /// How the rule sees the verb.
    associatedtype View
    /// The rule's name, as a newcomer would search for it.
    var name: String { get }
    /// What it recognises, in one line.
    var summary: String { get }
    /// The speaker before the verb of `verb`, or nil when this rule finds none.
    func subject(_ verb: View) -> SpeakerPhrase?
}

extension Sequence {
    /// What the first of these rules that finds a subject of `verb` finds, or nil.
    func firstSubject<View>(of verb: View) -> SpeakerPhrase? where Element == any SubjectRule<View> {
        for rule in self {
            if let found = rule.subject(verb) { return found }
        }
        return nil
    }
}

/// A verb of saying, stance or knowing as the rules of ``SubjectRules`` read it: where it stands,
/// where its subject ends, and its sentence.
struct VerbView {
    /// The finder whose pattern methods the rules call.
    let finder: ReportedSpeechFinder
    /// The verb's token index.
    let v: Int
    /// The token index the subject ends before: the verb, or the auxiliary or modal before it.
    let subjectEnd: Int
    /// Where the object of a verb of stance starts, when the verb is one.
    let stance: Int?
    /// The sentence, as token indices of ``p``.
    let sentence: Range<Int>
    /// The paragraph.
    let p: ParagraphText
    /// The paragraph's attributor.
    let a: Attributor
}
