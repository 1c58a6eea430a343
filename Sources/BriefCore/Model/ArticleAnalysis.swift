/// What extraction finds in one article: quotations, mentions of actors, stated roles, and the
/// article's entities (its mentions bound to the fullest name), all pointing back to paragraphs.
public struct ArticleAnalysis: Sendable, Hashable, Codable {
    /// Direct quotations, in text order (scare quotes included, flagged).
    public let quotes: [Quotation]
    /// Statements reported without quotation marks ("Officials say …"), in text order.
    public let reported: [ReportedStatement]
    /// Mentions of persons, organisations and places, in text order; then, in text order, the mentions
    /// of the tentative entities (names the article gives no evidence for, see ``ArticleEntity/isTentative``).
    public let mentions: [Mention]
    /// Roles as stated, in text order.
    public let roles: [StatedRole]
    /// The article's actors, then its tentative entities.
    public let entities: [ArticleEntity]
    /// Surnames in this article that could mean two of its people.
    public let ambiguities: [NameAmbiguity]
    /// The byline's author, who is not an actor of the story.
    public let author: String?

    /// Creates the value from its parts.
    public init(quotes: [Quotation], mentions: [Mention], roles: [StatedRole], entities: [ArticleEntity],
                ambiguities: [NameAmbiguity], author: String?, reported: [ReportedStatement] = []) {
        self.quotes = quotes
        self.mentions = mentions
        self.roles = roles
        self.entities = entities
        self.ambiguities = ambiguities
        self.author = author
        self.reported = reported
    }

    /// The canonical name of the quotation's speaker, or nil.
    public func speakerName(of quote: Quotation) -> String? {
        quote.speakerEntity.map { entities[$0].name }
    }
}
