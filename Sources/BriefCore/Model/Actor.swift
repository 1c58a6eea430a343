/// An actor of the briefing — a person, organisation or state — resolved across every article.
public struct Actor: Sendable, Hashable, Identifiable, Encodable {
    /// A role the actor holds in one article.
    public struct Role: Sendable, Hashable, Encodable {
        /// The title of office as written ("President").
        public let title: String
        /// The country or organisation of the office, when stated.
        public let affiliation: String?
        /// As written ("French President").
        public let text: String
        /// The article's slug.
        public let article: String

        /// Creates the value from its parts.
        public init(title: String, affiliation: String?, text: String, article: String) {
            self.title = title
            self.affiliation = affiliation
            self.text = text
            self.article = article
        }
    }

    /// Stable id: the slug of the canonical name (`emmanuel-macron`), made unique in the briefing.
    public let id: String
    /// The canonical (fullest) name.
    public let name: String
    /// Person, organisation or place.
    public let kind: ActorKind
    /// Roles as stated, in article order.
    public let roles: [Role]
    /// Other names the articles use for the actor, sorted.
    public let aliases: [String]
    /// How many times the actor is mentioned.
    public let mentions: Int
    /// How many quotations are attributed to the actor.
    public let quotes: Int
    /// Slugs of the articles that mention the actor, sorted.
    public let articles: [String]
    /// For a short name that could mean several people of the briefing ("Obama": Barack Obama,
    /// Michelle Obama), their full names, sorted; empty otherwise. Such a profile is shown as ambiguous.
    public var couldBe: [String] = []

    /// Creates the value from its parts.
    public init(id: String, name: String, kind: ActorKind, roles: [Role], aliases: [String], mentions: Int,
                quotes: Int, articles: [String]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.roles = roles
        self.aliases = aliases
        self.mentions = mentions
        self.quotes = quotes
        self.articles = articles
    }
}

extension Actor {
    /// Whether quotations and statements may be credited to the actor: a person, an organisation or a
    /// state ("Russia said"), not a town or region ("Monsey", "Colorado"), which a misread speaker
    /// phrase names more often than it speaks.
    public var canSpeak: Bool { Self.canSpeak(kind: kind, name: name) }

    /// ``canSpeak`` for an actor of `kind` named `name`.
    static func canSpeak(kind: ActorKind, name: String) -> Bool {
        kind != .place || Countries.canonical(name.lowercased()) != nil
    }
}
