/// A temporal expression found in a text, not yet placed on the calendar.
struct RecognizedTimex: Sendable, Hashable {
    /// The tokens it covers.
    let tokens: Range<Int>
    let meaning: TimexMeaning
    let type: TimexType
}
