/// One thing search can find — an article, an actor or a quotation: the fields a result shows (as
/// `search.json` lists them) and the texts it is found by, the heading's words counting double.
public struct SearchEntry: Sendable {
    /// Which list of `search.json` the entry belongs to.
    public enum Kind: String, Sendable, CaseIterable {
        case article, actor, quote

        /// The list's key in `search.json`.
        var list: String { rawValue + "s" }
    }

    /// Article, actor or quotation.
    public let kind: Kind
    /// What a result shows: `search.json`'s object for it.
    public let fields: JSONValue
    /// Texts whose words rank the entry first: a title, a name and its aliases, a quotation and its speaker.
    public let heading: [String]
    /// Texts whose words find it too: an excerpt, roles, the quoting article's title.
    public let body: [String]

    /// Creates the entry from its parts.
    public init(kind: Kind, fields: JSONValue, heading: [String], body: [String]) {
        self.kind = kind
        self.fields = fields
        self.heading = heading
        self.body = body
    }

    /// The fields with the kind first (`{"type": "article", …}`), as a fragment of the index holds it.
    var typedFields: JSONValue {
        guard case .object(let pairs) = fields else { return fields }
        return .object([("type", .string(kind.rawValue))] + pairs)
    }
}
