/// A statement reported without quotation marks, with who made it: "Officials say details remain
/// confidential", "Putin said Russian forces were advancing", "The plan will fail, Smith said."
public struct ReportedStatement: Sendable, Hashable, Codable {
    // Stored in order of alignment, so the value packs without padding (see ``Quotation``).

    private var _text: SharedText
    /// The speaker as written ("Putin", "officials", "he").
    public let speakerText: String
    /// The speaker's whole phrase as written, with role words and appositive, or nil when not found.
    public var speakerPhrase: String? = nil
    /// The reported clause, as UTF-8 bytes of the paragraph text.
    public let span: ByteSpan
    /// The UTF-8 bytes of ``speakerPhrase`` in the paragraph text.
    public var speakerSpan: ByteSpan? = nil
    /// The rule that found the statement (and with it its speaker) and how the speaker was bound, for
    /// `brief explain`.
    public var provenance = Provenance(found: .statementSpeakerVerb)
    private let _paragraph: Int32
    private let _speakerMention: Int32?
    private let _speakerEntity: Int32?
    /// Whether the clause is the object of a verb of stance ("Russia dismissed the initiative",
    /// "she declined to comment") rather than words reported as said: the measuring output counts
    /// these as attributions, the site's statements leave them out.
    public var isStance = false
    /// Explicit (named) or inferred (pronoun, role).
    public let attribution: Quotation.Attribution

    /// The reported clause as written.
    public var text: String { _text.string }
    /// The reported clause as held: a slice of the paragraph's text when taken from it.
    public var sharedText: SharedText { _text }
    /// The paragraph's number (1-based).
    public var paragraph: Int { Int(_paragraph) }
    /// The ``Mention`` index of the speaker, or of the name a pronoun or role resolved to.
    public var speakerMention: Int? { _speakerMention.map(Int.init) }
    /// The article's ``ArticleEntity`` index of the speaker; nil when it is not a resolved actor.
    public var speakerEntity: Int? { _speakerEntity.map(Int.init) }

    /// Creates the value from its parts.
    public init(paragraph: Int, span: ByteSpan, text: SharedText, speakerText: String, speakerMention: Int?,
                speakerEntity: Int?, attribution: Quotation.Attribution) {
        self._paragraph = Int32(held: paragraph)
        self.span = span
        self._text = text
        self.speakerText = speakerText
        self._speakerMention = Int32.held(speakerMention)
        self._speakerEntity = Int32.held(speakerEntity)
        self.attribution = attribution
    }

    /// The statement with its clause sliced from `paragraph` (the text of its paragraph) when the words
    /// there are the same: one read back from a cache or parked then holds no copy.
    public func sharing(_ paragraph: String) -> ReportedStatement {
        guard span.end <= paragraph.utf8.count, let slice = span.sharedSlice(of: paragraph),
              slice.utf8.elementsEqual(_text.slice.utf8) else { return self }
        var shared = self
        shared._text = SharedText(slice)
        return shared
    }

    private enum CodingKeys: String, CodingKey {
        case _text = "text", speakerText, speakerPhrase, span, speakerSpan, provenance
        case _paragraph = "paragraph", _speakerMention = "speakerMention", _speakerEntity = "speakerEntity"
        case isStance, attribution
    }
}
