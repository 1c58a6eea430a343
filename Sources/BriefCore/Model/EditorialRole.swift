/// A role the editors give an actor in its registry entry (`roles:` in `content/actors/ID.md`), with
/// the years it was held: no `to` year means the actor holds it still. Unlike the roles the articles
/// state, these are the editors' word, and no article overrides them.
public struct EditorialRole: Sendable, Hashable {
    /// The title as the editors write it ("President of Ukraine").
    public let title: String
    /// The year the role began, when given.
    public let from: Int?
    /// The year it ended; nil while it is held.
    public let to: Int?

    /// Creates the value from its parts.
    public init(title: String, from: Int? = nil, to: Int? = nil) {
        self.title = title
        self.from = from
        self.to = to
    }

    /// Whether the actor holds the role still (it has no end year).
    public var isCurrent: Bool { to == nil }

    /// Its years as a reader sees them: "since 2019", "2014–2019", "until 2019", or nil without years.
    public var years: String? {
        switch (from, to) {
        case (nil, nil): return nil
        case (let from?, nil): return "since \(from)"
        case (nil, let to?): return "until \(to)"
        case (let from?, let to?): return from == to ? "\(from)" : "\(from)–\(to)"
        }
    }

    /// `roles` in the order a profile lists them: the current ones first (in the entry's order), then
    /// the past ones, the most recently ended first.
    public static func ordered(_ roles: [EditorialRole]) -> [EditorialRole] {
        let current = roles.filter(\.isCurrent)
        let past = roles.enumerated().filter { !$0.element.isCurrent }.sorted { a, b in
            let (endA, endB) = (a.element.to ?? 0, b.element.to ?? 0)
            if endA != endB { return endA > endB }
            if (a.element.from ?? 0) != (b.element.from ?? 0) { return (a.element.from ?? 0) > (b.element.from ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
        return current + past
    }
}
