/// A capitalised name found by ``NameRecognizer`` before the article's names are bound together.
struct NameCandidate: Sendable {
    /// The paragraph's number (1-based).
    var paragraph: Int
    /// The token indices of the name (without title, with a possessive word included).
    var tokens: Range<Int>
    /// The name's bytes in the paragraph, possessive ending excluded.
    var span: ByteSpan
    /// The name as written.
    var surface: String
    var kind: ActorKind
    /// A canonical name from a lexicon ("United States" for "U.S."), or nil.
    var canonical: String?
    /// The lower-case words of the name.
    var words: [String]
    /// The token indices of a stated role before the name ("French President"), or nil.
    var role: Range<Int>?
    /// Whether a title or honorific stands before the name.
    var titled: Bool
    /// Whether a speech verb follows the name.
    var speaks: Bool
    /// What the title, honorific or given name says of the person's gender.
    var gender: Gender
    /// Whether the actor is the subject of a verb right after the name.
    var acts: Bool
    /// Whether the first word is a known given name.
    var givenName: Bool
    /// Whether an appositive with a title follows the name (", the company’s spokesman,").
    var hasAppositiveRole = false
    /// Whether the words around show a person (an initial, an age, a country in brackets).
    var hasPersonContext = false
    /// Whether the name is a title word alone ("Major"): a person only as the surname of a full name
    /// the article gives.
    var isTitleWord = false
}
