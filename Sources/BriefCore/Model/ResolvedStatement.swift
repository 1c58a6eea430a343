/// A statement reported without quotation marks ("Officials say details remain confidential"), with
/// its speaker resolved to a briefing-wide ``Actor`` when the speaker is one.
public struct ResolvedStatement: Sendable, Hashable, Codable, Identifiable {
    /// Stable id: `ARTICLE-pPARAGRAPH-sN` (N counts the paragraph's statements from 1).
    public let id: String
    /// The article's slug.
    public let article: String
    /// The statement as extracted from its article.
    public let statement: ReportedStatement
    /// The speaker's actor id, or nil when the speaker is not a resolved actor ("officials").
    public let speakerId: String?
    /// The speaker's canonical name when resolved, else the speaker as written.
    public let speaker: String
    private let _text: SharedText

    /// Creates the value from its parts.
    /// The words that report it as the article wrote them ("denied that", "warned"), or nil.
    public var verb: String? = nil

    public init(id: String, article: String, statement: ReportedStatement, speakerId: String?, speaker: String, text: SharedText? = nil) {
        self.id = id
        self.article = article
        self.statement = statement
        self.speakerId = speakerId
        self.speaker = speaker
        self._text = text ?? statement.sharedText
    }

    /// The reported words as a page shows them (the clause, run on through a quotation it leads into).
    public var text: String { _text.string }
    /// The words shown, as held: a slice of the paragraph's text when taken from it.
    public var sharedText: SharedText { _text }

    /// The paragraph's number (1-based).
    public var paragraph: Int { statement.paragraph }
    /// Whether the speaker was inferred (pronoun, role) rather than named.
    public var inferred: Bool { statement.attribution == .inferred }

    private enum CodingKeys: String, CodingKey {
        case id, article, statement, speakerId, speaker, _text = "text", verb
    }
}
