/// A mention of an actor in an article, as the actor extraction reports it: the paragraph
/// (1-based), the UTF-8 byte span inside that paragraph's text, and the actor's id.
public struct ActorMention: Sendable, Hashable {
    public let paragraph: Int
    public let span: ByteSpan
    public let actorID: String

    public init(paragraph: Int, span: ByteSpan, actorID: String) {
        self.paragraph = paragraph
        self.span = span
        self.actorID = actorID
    }
}
