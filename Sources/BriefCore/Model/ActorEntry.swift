/// An editorial entry for an actor, from `content/actors/ID.md`: what the editors know and the
/// articles may not say — the canonical name, other names to bind, the kind, a role, a country,
/// links and a short biography. Entries override and enrich the derived actors they name.
public struct ActorEntry: Sendable, Hashable {
    /// The profile's id (`actors/ID/`): the file's name as a slug, or its `slug:`.
    public let id: String
    /// The canonical name.
    public let name: String
    /// Other names the articles may use ("Zelensky", "the Kremlin"); each binds a derived actor of
    /// that name to this one.
    public let aliases: [String]
    /// The kind, when the editors say it.
    public let kind: ActorKind?
    /// The role as the editors state it.
    public let role: String?
    /// The actor's country.
    public let country: String?
    /// Addresses of further reading (http and https only).
    public let links: [String]
    /// The biography, rendered from Markdown in safe mode (HTML), or nil.
    public let bio: String?
    /// The entry's file, relative to the project.
    public let sourcePath: String

    /// Creates the value from its parts.
    public init(id: String, name: String, aliases: [String] = [], kind: ActorKind? = nil, role: String? = nil,
                country: String? = nil, links: [String] = [], bio: String? = nil, sourcePath: String) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.role = role
        self.country = country
        self.links = links
        self.bio = bio
        self.sourcePath = sourcePath
    }
}
