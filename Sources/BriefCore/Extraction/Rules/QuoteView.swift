/// One quotation as the rules of ``SpeakerRules`` read it: its marks, its paragraph's attributor and
/// the attributor of the paragraph before. The search back from the quotation for a speech verb is
/// made once and shared by the two rules that read it (``IntroducedByVerb``, ``ReportedClauseSpeaker``).
final class QuoteView {
    /// The quotation's marks in the paragraph.
    let quote: QuotationScanner.Segment
    /// The attributor of the quotation's paragraph.
    let a: Attributor
    /// The attributor of the paragraph before, when there is one.
    let previous: Attributor?

    /// The view of `quote` in the paragraph of `attributor`.
    init(_ quote: QuotationScanner.Segment, in attributor: Attributor, previous: Attributor?) {
        self.quote = quote
        self.a = attributor
        self.previous = previous
    }

    /// What the speech verb nearest before the quotation finds (``Attributor/speechVerbBefore(_:)``).
    private(set) lazy var verbBefore: Attributor.Finding? = a.speechVerbBefore(quote.open)
}
