/// Applies the editorial ``ActorEntry``s to the derived actors: a derived actor whose canonical name
/// is an entry's name or alias becomes that entry's actor (several can merge into one), taking the
/// entry's id, name and kind and keeping every derived role, mention, quotation and article; an
/// entry no article names still gets its actor. Returns the actors and how derived ids map to them.
public enum EditorialMerge {
    /// The result: the actors (sorted by id) and each derived id's final id.
    public struct Result: Sendable {
        /// The briefing's actors after the entries are applied.
        public let actors: [Actor]
        /// Derived actor id → final actor id (the same id when no entry names the actor).
        public let ids: [String: String]
    }

    /// The actors of `derived` with `entries` applied.
    public static func apply(_ entries: [ActorEntry], to derived: [Actor]) -> Result {
        guard !entries.isEmpty else {
            return Result(actors: derived, ids: Dictionary(derived.map { ($0.id, $0.id) }, uniquingKeysWith: { a, _ in a }))
        }
        var entryOf: [String: Int] = [:]
        for (e, entry) in entries.enumerated() {
            for name in [entry.name] + entry.aliases { if let key = key(name), entryOf[key] == nil { entryOf[key] = e } }
        }
        var members = [[Actor]](repeating: [], count: entries.count)
        var unmatched: [Actor] = []
        for actor in derived {
            if let key = key(actor.name), let e = entryOf[key] { members[e].append(actor) } else { unmatched.append(actor) }
        }
        let wanted = entries.map(\.id) + unmatched.map(\.id)
        let finalIds = SlugAllocator.allocate(wanted, explicit: entries.map { _ in true } + unmatched.map { _ in false })
        var ids: [String: String] = [:]
        var actors: [Actor] = []
        for (e, entry) in entries.enumerated() {
            let id = finalIds[e]
            for member in members[e] { ids[member.id] = id }
            actors.append(merged(entry, id: id, members[e]))
        }
        for (u, actor) in unmatched.enumerated() {
            let id = finalIds[entries.count + u]
            ids[actor.id] = id
            actors.append(Actor(id: id, name: actor.name, kind: actor.kind, roles: actor.roles, aliases: actor.aliases,
                                mentions: actor.mentions, quotes: actor.quotes, articles: actor.articles))
        }
        return Result(actors: actors.sorted { $0.id < $1.id }, ids: ids)
    }

    /// The entry's actor with everything its derived members hold.
    static func merged(_ entry: ActorEntry, id: String, _ members: [Actor]) -> Actor {
        var roles: [Actor.Role] = []
        for role in members.flatMap(\.roles) where !roles.contains(role) { roles.append(role) }
        let names = Set(members.flatMap { [$0.name] + $0.aliases } + entry.aliases).subtracting([entry.name])
        return Actor(id: id, name: entry.name, kind: entry.kind ?? members.first?.kind ?? .person, roles: roles,
                     aliases: names.sorted(), mentions: members.reduce(0) { $0 + $1.mentions },
                     quotes: members.reduce(0) { $0 + $1.quotes }, articles: Set(members.flatMap(\.articles)).sorted())
    }

    /// Names compared ASCII-folded, case and punctuation ignored.
    static func key(_ name: String) -> String? { Slug.make(name) }
}
