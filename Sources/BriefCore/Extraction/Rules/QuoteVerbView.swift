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
