/// An organisation an article names only by its acronym ("EPA") is the one organisation of the briefing
/// whose capitalised words have those initials ("Environmental Protection Agency"), as a reader who met
/// the full name in another article reads it. When two full names share the initials, or none has
/// them, the acronym stays an actor of its own.
enum CorpusAcronyms {
    /// An organisation entity of an article and its key.
    struct Entity {
        let article: Int
        let entity: Int
        let name: String
        let key: String
    }

    /// The new key of each acronym entity among `organisations` that abbreviates exactly one full name
    /// among them, by article and entity index.
    static func rebound(_ organisations: [Entity]) -> [Entity] {
        var fullNames: [String: Set<String>] = [:]
        for org in organisations where AcronymExpansion.acronym(org.name) == nil {
            if let initials = AcronymExpansion.initials(of: org.name) { fullNames[initials, default: []].insert(org.key) }
        }
        return organisations.compactMap { org in
            guard let letters = AcronymExpansion.acronym(org.name), let keys = fullNames[letters], keys.count == 1,
                  let key = keys.first, key != org.key else { return nil }
            return Entity(article: org.article, entity: org.entity, name: org.name, key: key)
        }
    }
}
