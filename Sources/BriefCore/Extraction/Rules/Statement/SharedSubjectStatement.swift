/// `SPEAKER said A and said B`: a second verb of the main statement's speaker after its clause
/// (``ReportedSpeechFinder/sharedSubject(after:end:_:_:)``).
struct SharedSubjectStatement: SecondStatementRule {
    let id = RuleID.statementSharedSubject

    func match(_ sentence: SentenceView, after main: RuleMatch) -> RuleMatch? {
        RuleMatch(sentence.finder.sharedSubject(after: (main.speaker, main.pronounAt, main.clause), end: sentence.end, sentence.p, sentence.a), id)
    }
}
