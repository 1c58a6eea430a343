/// The person names an article writes without evidence of its own ("Yasser Arafat met Peres": no
/// given name the lexicon knows, no title, no speech), kept as tentative entities after attribution
/// is done. A tentative entity is one full name with the one-word names that bind to it ("Arafat");
/// it becomes an actor only when another article confirms the same full name (``ActorResolver``), as
/// a reader who knows the person from elsewhere in the briefing would read it.
enum TentativeNames {
    /// The tentative entities of an article and their mentions.
    struct Linked {
        /// The mentions, in text order, whose `entity` indices count from the article's entities.
        var mentions: [Mention] = []
        /// The tentative entities, each flagged ``ArticleEntity/isTentative``.
        var entities: [ArticleEntity] = []
    }

    /// Links `unconfirmed` (in text order): full names by identity, one-word names to the one full name
    /// they can mean. Mention indices start at `mentionBase`, entity indices at `entityBase`.
    static func link(_ unconfirmed: [NameCandidate], mentionBase: Int, entityBase: Int) -> Linked {
        var out = Linked()
        guard unconfirmed.contains(where: { $0.words.count >= 2 }) else { return out }
        let keys = unconfirmed.map { $0.words.count >= 2 ? PersonNameKey(words: $0.words) : nil }
        let identities = PersonNameKey.identities(keys.compactMap { $0 })
        var entityOf: [String: Int] = [:]
        var names: [String] = []
        var index = ShortNameIndex()
        for (position, key) in keys.enumerated() {
            guard let key, let identity = identities[key] else { continue }
            if entityOf[identity] == nil {
                entityOf[identity] = names.count
                names.append(unconfirmed[position].surface)
            }
            index.add(key, entity: entityOf[identity]!, position: position)
        }
        var mentions = [[Int]](repeating: [], count: names.count)
        var surfaces = [Set<String>](repeating: [], count: names.count)
        for (position, c) in unconfirmed.enumerated() {
            let entity: Int?
            if let key = keys[position] {
                entity = identities[key].flatMap { entityOf[$0] }
            } else if case .bound(let e) = index.bind(c.words[0], at: position, agrees: { _ in true }) {
                entity = e
            } else {
                entity = nil
            }
            guard let entity else { continue }
            mentions[entity].append(mentionBase + out.mentions.count)
            surfaces[entity].insert(c.surface)
            out.mentions.append(Mention(paragraph: c.paragraph, span: c.span, surface: c.surface, kind: .person,
                                        acts: c.acts, entity: entityBase + entity, binding: .actorTentative))
        }
        out.entities = names.indices.map { e in
            var entity = ArticleEntity(name: names[e], kind: .person, mentions: mentions[e],
                                       aliases: surfaces[e].subtracting([names[e]]).sorted(), roles: [])
            entity.isTentative = true
            return entity
        }
        return out
    }
}
