/// The rules that find a statement reported without quotation marks, in the order they are tried:
/// the first rule of ``main`` that matches a sentence gives its main statement. Each rule's pattern
/// lives in a method of ``ReportedSpeechFinder`` (most in a file of their own, named for it); after
/// the main statement, ``ReportedSpeechFinder/findAll(in:_:_:)`` looks for a second statement by the
/// rules of ``second``, then a participle clause (its speaker by ``SubjectRules/participle``), a
/// nested statement and possessives of stance.
enum StatementRules {
    /// The rules of a sentence's main statement, first tried first.
    static let main: [StatementRule] = [
        // According to SPEAKER, CLAUSE.
        StatementRule(.statementAccordingTo) { $0.finder.accordingToOpening($0.sentence, end: $0.end, $0.p, $0.a) },
        StatementRule(.statementAccordingToLongSource) { $0.finder.accordingToLongSource($0.sentence, end: $0.end, $0.p, $0.a) },
        StatementRule(.statementAsSourceNoted) { $0.finder.asSourceNoted($0.sentence, end: $0.end, $0.p, $0.a) },
        StatementRule(.statementAccordingToInside) { $0.finder.accordingToInside($0.sentence, end: $0.end, $0.p, $0.a) },
        // CLAUSE, SPEAKER VERB. / CLAUSE, VERB SPEAKER.
        StatementRule(.statementClauseThenSpeaker) { $0.finder.final($0.sentence, end: $0.end, $0.p, $0.a) },
        StatementRule(.statementClauseThenSpeakerPhrase) { $0.finder.inner($0.sentence, end: $0.end, $0.p, $0.a) },
        StatementRule(.statementTrailingTeller) { $0.finder.trailingTeller($0.sentence, end: $0.end, $0.p, $0.a) },
        StatementRule(.statementSaidNameAppositive) { $0.finder.saidNameAppositive($0.sentence, end: $0.end, $0.p, $0.a) },
        // SPEAKER VERB (that) CLAUSE.
        StatementRule(.statementSpeakerVerb) { $0.finder.speakerVerb(in: $0.sentence, from: $0.sentence.lowerBound, end: $0.end, $0.p, $0.a) },
        StatementRule(.statementPollShare) { $0.finder.pollShare($0.sentence, end: $0.end, $0.p, $0.a) },
        // SPEAKER: CLAUSE, opening a paragraph.
        StatementRule(.statementLabel) { $0.finder.paragraphLabel($0.sentence, end: $0.end, $0.p, $0.a) },
    ]

    /// The rules of a second statement after the main one's clause ("X, who said A, said B"), first tried first.
    static let second: [any SecondStatementRule] = [
        SharedSubjectStatement(),
        RelativeStatement(),
        SecondSpeakerVerb(),
    ]

    /// The second statement of `sentence` after `main`: what the first rule of ``second`` that matches finds, or nil.
    static func secondStatement(_ sentence: SentenceView, after main: RuleMatch) -> RuleMatch? {
        for rule in second {
            if let found = rule.match(sentence, after: main) { return found }
        }
        return nil
    }
}

/// A rule of ``StatementRules``: its id and the pattern method it runs.
struct StatementRule: AttributionRule {
    let id: RuleID
    /// The pattern: the speaker, its pronoun's token and the clause, or nil.
    let pattern: @Sendable (SentenceView) -> (SpeakerPhrase, Int, Range<Int>)?

    /// The rule `id` running `pattern`.
    init(_ id: RuleID, _ pattern: @escaping @Sendable (SentenceView) -> (SpeakerPhrase, Int, Range<Int>)?) {
        self.id = id
        self.pattern = pattern
    }

    /// What `pattern` finds in `sentence`, recorded as this rule's.
    func match(_ sentence: SentenceView) -> RuleMatch? {
        RuleMatch(pattern(sentence), id)
    }
}
