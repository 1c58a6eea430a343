/// An organisation an article names only by its acronym ("EPA") is the one organisation of the briefing
/// that another article writes in full with that acronym beside it ("the Environmental Protection
/// Agency (EPA)"), as a reader who met the pairing there reads it. Initials alone are not enough: "ACA"
/// would be the Arms Control Association in an article about the Affordable Care Act. When two full
/// names are paired with the acronym, or none is, it stays an actor of its own.
enum CorpusAcronyms {
    /// An organisation entity of an article, its key and the other ways the article writes it.
    struct Entity {
        let article: Int
        let entity: Int
        let name: String
        let aliases: [String]
        let key: String
    }

    /// The new key of each acronym entity among `organisations` that another entity pairs with exactly
    /// one full name.
    static func rebound(_ organisations: [Entity]) -> [Entity] {
        var fullNames: [String: Set<String>] = [:]
        for org in organisations where AcronymExpansion.acronym(org.name) == nil {
            for alias in org.aliases {
                if let letters = AcronymExpansion.acronym(alias) { fullNames[letters, default: []].insert(org.key) }
            }
        }
        return organisations.compactMap { org in
            guard let letters = AcronymExpansion.acronym(org.name), let keys = fullNames[letters], keys.count == 1,
                  let key = keys.first, key != org.key else { return nil }
            return Entity(article: org.article, entity: org.entity, name: org.name, aliases: org.aliases, key: key)
        }
    }
}
