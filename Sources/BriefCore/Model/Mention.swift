/// One mention of an actor's name in an article: where it is, how it is written, what kind of actor
/// it names, and which of the article's entities it belongs to.
public struct Mention: Sendable, Hashable, Codable {
    /// The paragraph's number (1-based).
    public let paragraph: Int
    /// The name as written, without title or possessive ending, as UTF-8 bytes of the paragraph text.
    public let span: ByteSpan
    /// The name as written ("Macron", "Maria Zakharova", "Foreign Ministry").
    public let surface: String
    /// Person, organisation or place.
    public let kind: ActorKind
    /// Whether the actor acts here: the subject of a verb ("Russia dismissed the initiative").
    public let acts: Bool
    /// The index of the article's ``ArticleEntity`` this mention belongs to; nil when a surname could
    /// mean two people (see ``ArticleAnalysis/ambiguities``).
    public var entity: Int?
    /// The rule that bound the mention to its entity (or to none, a surname two people share); nil for
    /// a mention made elsewhere than by extraction. Read by `brief explain`.
    public var binding: RuleID? = nil

    /// Creates the value from its parts.
    public init(paragraph: Int, span: ByteSpan, surface: String, kind: ActorKind, acts: Bool, entity: Int? = nil, binding: RuleID? = nil) {
        self.paragraph = paragraph
        self.span = span
        self.surface = surface
        self.kind = kind
        self.acts = acts
        self.entity = entity
        self.binding = binding
    }
}
