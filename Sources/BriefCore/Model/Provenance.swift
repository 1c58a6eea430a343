/// Which rules made a quotation or a reported statement: the one that found it, the one that chose its
/// speaker, how that speaker was bound to a person of the article, and the speech verb the speaker
/// rule matched. Recorded as extraction decides, read by `brief explain`; the site does not show it.
public struct Provenance: Sendable, Hashable, Codable {
    /// The rule that found the words.
    public var found: RuleID
    /// The rule that chose the speaker, or nil when there is none.
    public var speaker: RuleID? = nil
    /// How the speaker phrase was bound to a person (or to no one), or nil when there is no speaker.
    public var binding: RuleID? = nil
    /// The speech verb the speaker rule matched, as UTF-8 bytes of paragraph ``cueParagraph``; nil when
    /// the rule reads none.
    public var cue: ByteSpan? = nil
    private var _cueParagraph: Int32? = nil

    /// The paragraph (number) of ``cue``.
    public var cueParagraph: Int? {
        get { _cueParagraph.map(Int.init) }
        set { _cueParagraph = Int32.held(newValue) }
    }

    /// Creates the value from its parts.
    public init(found: RuleID, speaker: RuleID? = nil, binding: RuleID? = nil) {
        self.found = found
        self.speaker = speaker
        self.binding = binding
    }

    private enum CodingKeys: String, CodingKey {
        case found, speaker, binding, cue, _cueParagraph = "cueParagraph"
    }
}
