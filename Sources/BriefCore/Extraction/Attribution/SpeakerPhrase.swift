/// Who an attribution pattern names as the speaker, before resolution.
enum SpeakerPhrase: Sendable, Hashable {
    /// A name: the index of its ``Mention``.
    case mention(Int)
    /// A personal pronoun as written ("he", "she", "they").
    case pronoun(String)
    /// A noun phrase headed by a title ("the spokeswoman"): the head (lower case) and the text.
    case nominal(head: String, text: String)
    /// Capitalised words that are not a recognised name ("Caliber.Az"): the text.
    case unknown(String)
}
