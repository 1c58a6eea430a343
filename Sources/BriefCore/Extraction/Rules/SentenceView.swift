/// One sentence as the rules of reported speech read it: its tokens in the paragraph, where its
/// clause may end (before the final punctuation), and the paragraph's attributor and finder.
struct SentenceView {
    /// The finder whose pattern methods the rules call.
    let finder: ReportedSpeechFinder
    /// The sentence, as token indices of ``p``.
    let sentence: Range<Int>
    /// The token index where a clause may end (``ReportedSpeechFinder/trimmedEnd(_:_:)``).
    let end: Int
    /// The paragraph.
    let p: ParagraphText
    /// The paragraph's attributor (speaker phrases, subjects, verbs).
    let a: Attributor
}
