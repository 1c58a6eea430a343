/// A mention of an actor in an article, as the actor extraction reports it: the paragraph
/// (1-based), the UTF-8 byte span inside that paragraph's text, and the actor's id.
public struct ActorMention: Sendable, Hashable, Codable {
    /// The paragraph's number (1-based).
    public let paragraph: Int
    /// The name as written, as UTF-8 bytes of the paragraph's text.
    public let span: ByteSpan
    /// The actor's id.
    public let actorID: String

    /// Creates the value from its parts.
    public init(paragraph: Int, span: ByteSpan, actorID: String) {
        self.paragraph = paragraph
        self.span = span
        self.actorID = actorID
    }
}
