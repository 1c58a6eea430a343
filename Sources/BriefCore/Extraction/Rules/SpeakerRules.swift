/// The rules that choose the speaker of a quotation, in the order they are tried. This file is the
/// one place to read that order.
///
/// 1. ``quotation``: each quotation, as the paragraphs are read; the first rule that matches gives the
///    speaker (``Attributor/attribute(_:previous:)``).
/// 2. Then, as ``QuoteAssembler`` assembles the article's quotations, a quotation left without a
///    speaker that goes on from an attributed one takes its speaker (``RuleID/speakerContinued``, see
///    `ContinuedQuotation.swift`).
/// 3. ``article``: once reported statements are known, passes over the whole article credit what is
///    still unattributed, each pass in turn.
///
/// The speaker phrase a rule finds is then bound to one of the article's people by ``SpeakerResolver``
/// (``RuleID/resolveName`` and the other `resolve.` rules).
enum SpeakerRules {
    /// The rules for one quotation, first tried first.
    static let quotation: [any SpeakerRule] = [
        // “WALLACE: Let’s start …”
        TranscriptSpeaker(),
        // “Q,” MEDIUM quoted X as saying.
        MediumQuoted(),
        // Before the quotation, introducing it.
        AsPutIt(),
        InvertedIntroduction(),
        NameColon(),
        IntroducedByVerb(),
        // After the quotation.
        AfterQuote(),
        // Before the quotation, ending a reported clause or naming.
        ReportedClauseSpeaker(),
        // A sentence or paragraph before.
        ColonIntroduction(),
        SentenceBefore(),
        PreviousParagraph(),
    ]

    /// The passes over the article's quotations, in order, after reported statements are found.
    static let article: [any QuotationPass] = [
        FloatingQuotationPass(),
        SubjectVoicePass(),
    ]
}
