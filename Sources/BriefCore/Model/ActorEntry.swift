/// An editorial entry for an actor, from `content/actors/ID.md`: what the editors know and the
/// articles may not say — the canonical name, other names to bind, the kind, a role, a country,
/// links, a picture and a short biography. Entries override and enrich the derived actors they name.
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
    /// The roles the editors give, with their years, in the order a profile lists them (current first).
    public let roles: [EditorialRole]
    /// The actor's country.
    public let country: String?
    /// Addresses of further reading (http and https only).
    public let links: [String]
    /// A picture beside the entry, shown on the profile, or nil.
    public let image: ActorImage?
    /// The biography, rendered from Markdown in safe mode (HTML), or nil.
    public let bio: String?
    /// The entry's file, relative to the project.
    public let sourcePath: String

    /// Creates the value from its parts; `role`, when given, is a current role listed before `roles`.
    public init(id: String, name: String, aliases: [String] = [], kind: ActorKind? = nil, role: String? = nil,
                roles: [EditorialRole] = [], country: String? = nil, links: [String] = [], image: ActorImage? = nil,
                bio: String? = nil, sourcePath: String) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        let stated = role.map { [EditorialRole(title: $0)] } ?? []
        self.roles = EditorialRole.ordered(stated + roles.filter { role in !stated.contains { $0.title == role.title && role.isCurrent } })
        self.country = country
        self.links = links
        self.image = image
        self.bio = bio
        self.sourcePath = sourcePath
    }

    /// The role lists and the front page show beside the name: the first current role, or nil when the
    /// editors give none (the articles' most stated role is shown then).
    public var role: String? { roles.first(where: \.isCurrent)?.title }
}
