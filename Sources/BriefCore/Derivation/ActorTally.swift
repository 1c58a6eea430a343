/// The counts, roles, names and articles of actors as corrections move facts between them.
enum ActorTally {
    /// What a split moves from one actor to another.
    struct Moved {
        let mentions: Int
        let quotes: Int
        /// The slugs of the articles whose facts move.
        let articles: Set<String>
        /// The roles those articles state.
        let roles: [Actor.Role]

        /// Whether nothing moves.
        var isEmpty: Bool { mentions == 0 && quotes == 0 && articles.isEmpty && roles.isEmpty }
    }

    /// `survivor` with everything of `merged`: its roles, names, counts and articles.
    static func combined(_ survivor: Actor, _ merged: Actor) -> Actor {
        let aliases = Set(survivor.aliases + [merged.name] + merged.aliases).subtracting([survivor.name])
        var actor = Actor(id: survivor.id, name: survivor.name, kind: survivor.kind, roles: union(survivor.roles, merged.roles),
                          aliases: aliases.sorted(), mentions: survivor.mentions + merged.mentions,
                          quotes: survivor.quotes + merged.quotes, articles: Set(survivor.articles + merged.articles).sorted())
        actor.couldBe = survivor.couldBe
        return actor
    }

    /// `actor` with `moved` added.
    static func adding(_ moved: Moved, to actor: Actor) -> Actor {
        var result = Actor(id: actor.id, name: actor.name, kind: actor.kind, roles: union(actor.roles, moved.roles),
                           aliases: actor.aliases, mentions: actor.mentions + moved.mentions, quotes: actor.quotes + moved.quotes,
                           articles: Set(actor.articles).union(moved.articles).sorted())
        result.couldBe = actor.couldBe
        return result
    }

    /// `actor` without `moved`.
    static func removing(_ moved: Moved, from actor: Actor) -> Actor {
        var result = Actor(id: actor.id, name: actor.name, kind: actor.kind,
                           roles: actor.roles.filter { !moved.roles.contains($0) }, aliases: actor.aliases,
                           mentions: max(0, actor.mentions - moved.mentions), quotes: max(0, actor.quotes - moved.quotes),
                           articles: actor.articles.filter { !moved.articles.contains($0) })
        result.couldBe = actor.couldBe
        return result
    }

    /// A new actor holding `moved`.
    static func made(_ moved: Moved, name: String, kind: ActorKind, id: String) -> Actor {
        Actor(id: id, name: name, kind: kind, roles: moved.roles, aliases: [], mentions: moved.mentions,
              quotes: moved.quotes, articles: moved.articles.sorted())
    }

    /// `first`'s roles, then those of `second` it does not hold.
    static func union(_ first: [Actor.Role], _ second: [Actor.Role]) -> [Actor.Role] {
        var roles = first
        for role in second where !roles.contains(role) { roles.append(role) }
        return roles
    }
}
