/// One direct quotation in an article, with its speaker when it could be attributed.
public struct Quotation: Sendable, Hashable, Codable {
    /// How the speaker was found.
    public enum Attribution: String, Sendable, Hashable, Codable {
        /// A name or noun phrase attached to the quotation by a speech verb ("Macron said").
        case explicit
        /// Resolved by inference: a pronoun ("he said"), a role ("the spokeswoman said"), or the
        /// speaker of the quotation this one continues.
        case inferred
    }

    // Stored in order of alignment, so the value packs without padding (a briefing holds hundreds
    // of thousands): references and strings, then 32-bit positions and spans, then single bytes.

    private let _text: SharedText
    /// The speaker as written where the attribution names it ("Macron", "he", "the spokeswoman"); nil
    /// when unattributed.
    public let speakerText: String?
    /// The speaker's whole phrase as the attribution writes it, with role words and appositive
    /// ("Republican presidential candidate Donald Trump", "Sandra Sucher, an ethics professor,"), or nil.
    public var speakerPhrase: String? = nil
    /// The ``Mention`` indices of the actors the quotation speaks of (named inside it, or the object of
    /// "called X “…”").
    public let mentions: [Int]
    /// The quotation with its quotation marks, as UTF-8 bytes of the paragraph text.
    public let span: ByteSpan
    /// The words inside the marks, as UTF-8 bytes of the paragraph text.
    public let contentSpan: ByteSpan
    /// For a partial quotation inside reported speech ("said the guarantees were “absolutely
    /// unacceptable”"), the reported clause it belongs to: from after the speech verb to the end of
    /// the quotation or of the sentence, as UTF-8 bytes of the paragraph text. Nil otherwise.
    public let clauseSpan: ByteSpan?
    /// The UTF-8 bytes of ``speakerPhrase`` in paragraph ``speakerParagraph``, or nil.
    public var speakerSpan: ByteSpan? = nil
    /// The rules that found the quotation and chose its speaker, for `brief explain`.
    public var provenance = Provenance(found: .quoteMarks)
    private let _paragraph: Int32
    private let _speakerMention: Int32?
    private let _speakerEntity: Int32?
    private var _speakerParagraph: Int32? = nil
    private let _continues: Int32?
    /// Whether the quotation is a fragment inside the reporter's sentence (“absolutely unacceptable”)
    /// rather than a full sentence of the speaker's.
    public let partial: Bool
    /// Whether this is a scare quote or a title (“backstop” support, “Saturday Night Live”): words in
    /// quotation marks that nobody is quoted as saying. Scare quotes never have a speaker.
    public let isScareQuote: Bool
    /// Explicit or inferred; nil when there is no speaker.
    public let attribution: Attribution?

    /// The words inside the marks.
    public var text: String { _text.string }
    /// The words inside the marks as held: a slice of the paragraph's text when found in it.
    public var sharedText: SharedText { _text }
    /// The paragraph's number (1-based).
    public var paragraph: Int { Int(_paragraph) }
    /// The ``Mention`` index of the speaker (for a pronoun or a role: of the mention it resolved to).
    public var speakerMention: Int? { _speakerMention.map(Int.init) }
    /// The article's ``ArticleEntity`` index of the speaker; nil when unattributed or ambiguous.
    public var speakerEntity: Int? { _speakerEntity.map(Int.init) }
    /// The paragraph (number) where ``speakerSpan`` lies: the quotation's own, or an earlier one for
    /// a quotation that continues another.
    public var speakerParagraph: Int? {
        get { _speakerParagraph.map(Int.init) }
        set { _speakerParagraph = Int32.held(newValue) }
    }
    /// The index of the quotation this one continues (the next paragraph of a long quotation, or the
    /// second half of “…,” he said. “…”), or nil.
    public var continues: Int? { _continues.map(Int.init) }

    /// Creates the value from its parts.
    public init(paragraph: Int, span: ByteSpan, contentSpan: ByteSpan, text: SharedText, partial: Bool,
                isScareQuote: Bool, speakerText: String?, speakerMention: Int?, speakerEntity: Int?,
                attribution: Attribution?, mentions: [Int], continues: Int?, clauseSpan: ByteSpan? = nil) {
        self._paragraph = Int32(held: paragraph)
        self.span = span
        self.contentSpan = contentSpan
        self._text = text
        self.partial = partial
        self.isScareQuote = isScareQuote
        self.speakerText = speakerText
        self._speakerMention = Int32.held(speakerMention)
        self._speakerEntity = Int32.held(speakerEntity)
        self.attribution = attribution
        self.mentions = mentions
        self._continues = Int32.held(continues)
        self.clauseSpan = clauseSpan
    }

    private enum CodingKeys: String, CodingKey {
        case _text = "text", speakerText, speakerPhrase, mentions, span, contentSpan, clauseSpan, speakerSpan, provenance
        case _paragraph = "paragraph", _speakerMention = "speakerMention", _speakerEntity = "speakerEntity"
        case _speakerParagraph = "speakerParagraph", _continues = "continues"
        case partial, isScareQuote, attribution
    }

    /// Always true: every ``Quotation`` is words inside quotation marks (reported speech is not one).
    public var direct: Bool { true }
}
