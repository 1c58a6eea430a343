/// `…, while other voters said CLAUSE`: a second `SPEAKER VERB CLAUSE` after the main statement's
/// clause (``ReportedSpeechFinder/speakerVerb(in:from:end:_:_:)`` from there).
struct SecondSpeakerVerb: SecondStatementRule {
    let id = RuleID.statementSecondSpeakerVerb

    func match(_ sentence: SentenceView, after main: RuleMatch) -> RuleMatch? {
        RuleMatch(sentence.finder.speakerVerb(in: sentence.sentence, from: main.clause.upperBound, end: sentence.end, sentence.p, sentence.a), id)
    }
}
