/// `…, which SPEAKER said CLAUSE`: a relative clause with a speaker of its own right after the main
/// statement's clause (``ReportedSpeechFinder/relativeStatement(after:end:_:_:)``).
struct RelativeStatement: SecondStatementRule {
    let id = RuleID.statementRelative

    func match(_ sentence: SentenceView, after main: RuleMatch) -> RuleMatch? {
        RuleMatch(sentence.finder.relativeStatement(after: main.clause.upperBound, end: sentence.end, sentence.p, sentence.a), id)
    }
}
