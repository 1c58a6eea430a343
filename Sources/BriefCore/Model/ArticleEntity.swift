/// One actor as a single article knows it: the mentions that name it, bound together ("Macron" and
/// "Emmanuel Macron"), under its fullest name.
public struct ArticleEntity: Sendable, Hashable, Codable {
    /// The fullest name the article gives ("Volodymyr Zelenskyy", "Foreign Ministry", "Russia").
    public let name: String
    /// Person, organisation or place.
    public let kind: ActorKind
    /// The indices of its ``Mention``s, in text order.
    public let mentions: [Int]
    /// The other ways the article writes the name ("Zelenskyy"), sorted.
    public let aliases: [String]
    /// The indices of its ``StatedRole``s.
    public let roles: [Int]
    /// What its titles, honorifics and given name say of a person's gender.
    var gender: Gender = .unknown
    /// Whether the article alone gives no evidence that this is a person (``TentativeNames``): it
    /// becomes an actor only when another article confirms the same name.
    public internal(set) var isTentative = false

    /// Creates the value from its parts.
    public init(name: String, kind: ActorKind, mentions: [Int], aliases: [String], roles: [Int]) {
        self.name = name
        self.kind = kind
        self.mentions = mentions
        self.aliases = aliases
        self.roles = roles
    }
}
