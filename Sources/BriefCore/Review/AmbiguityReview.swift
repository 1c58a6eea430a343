/// Short names left unbound because they could mean several actors ("Smith" with Anna and John Smith
/// in the briefing): each article that uses one, with what would settle it. When the article itself
/// names two of the candidates only the article can (by writing the full name); otherwise the
/// registry entry that lists the short name among its aliases does, and once it exists the name is
/// no longer reported.
enum AmbiguityReview {
    static func findings(_ briefing: Briefing) -> [ReviewFinding] {
        let paths = Dictionary(briefing.articles.map { ($0.slug, $0.sourcePath) }, uniquingKeysWith: { first, _ in first })
        let byName = Dictionary(briefing.actors.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let names = Dictionary(briefing.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let aliased = Set(briefing.entries.values.flatMap(\.aliases).compactMap(EditorialMerge.key))
        return briefing.ambiguities.flatMap { ambiguity in
            ambiguity.articles.compactMap { slug -> ReviewFinding? in
                guard let path = paths[slug] else { return nil }
                let named = Set((briefing.mentions[slug] ?? []).compactMap { names[$0.actorID] }).intersection(ambiguity.candidates)
                let inArticle = named.count > 1
                if !inArticle, let key = EditorialMerge.key(ambiguity.name), aliased.contains(key) { return nil }
                return ReviewFinding(
                    .ambiguousName, file: path, excerpt: ambiguity.name,
                    message: "“\(ambiguity.name)” could mean \(list(ambiguity.candidates)), so it is left to none of them",
                    hint: inArticle ? "The article names \(list(named.sorted())): write the full name where “\(ambiguity.name)” is meant."
                                    : settling(ambiguity, byName: byName, entries: briefing.entries))
            }
        }
    }

    /// Where to settle the name: the entry of the first candidate with one, or a new entry for the first.
    static func settling(_ ambiguity: NameAmbiguity, byName: [String: Actor], entries: [String: ActorEntry]) -> String {
        for candidate in ambiguity.candidates {
            if let actor = byName[candidate], let entry = entries[actor.id] {
                return "If it means \(candidate) throughout, add “\(ambiguity.name)” to `aliases:` in \(entry.sourcePath)."
            }
        }
        let first = ambiguity.candidates.first ?? ambiguity.name
        let id = byName[first]?.id ?? Slug.make(first) ?? "actor"
        return "If it means \(first) throughout, create content/actors/\(id).md with `name: \(first)` and `aliases: [\(ambiguity.name)]`."
    }

    /// "A", "A or B", "A, B or C".
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }
}
