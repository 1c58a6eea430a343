/// A quotation with its speaker resolved to a briefing-wide ``Actor``.
public struct ResolvedQuote: Sendable, Hashable, Codable, Identifiable {
    /// Stable id: `ARTICLE-pPARAGRAPH-N` (N counts the paragraph's quotations from 1).
    public let id: String
    /// The article's slug.
    public let article: String
    /// The quotation as extracted from its article.
    public let quote: Quotation
    /// The speaker's actor id, or nil when unattributed or ambiguous.
    public let speakerId: String?
    /// The speaker's canonical name, or nil.
    public let speaker: String?
    /// Ids of the actors the quotation speaks of.
    public let mentions: [String]
    /// The editors' note when `content/corrections.yml` changed the quotation's speaker, shown beside it.
    public var editorNote: String? = nil
    /// Whether the editors set the speaker (`content/corrections.yml`): then it is not inferred.
    public var corrected = false

    /// Creates the value from its parts.
    public init(id: String, article: String, quote: Quotation, speakerId: String?, speaker: String?, mentions: [String]) {
        self.id = id
        self.article = article
        self.quote = quote
        self.speakerId = speakerId
        self.speaker = speaker
        self.mentions = mentions
    }

    /// The quoted words (without the quotation marks).
    public var text: String { quote.text }
    /// The paragraph's number (1-based).
    public var paragraph: Int { quote.paragraph }
    /// Whether the speaker was inferred (pronoun, role, continuation) rather than named; false when no
    /// speaker is credited, since nothing is then inferred ("he said" resolved to no one).
    public var inferred: Bool { !corrected && speaker != nil && quote.attribution == .inferred }
    /// Whether the quotation is a fragment inside the reporter's sentence.
    public var partial: Bool { quote.partial }
}
