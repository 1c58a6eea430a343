/// Actors whose names look like two spellings of one name ("Volodymyr Zelensky" and "Volodymyr
/// Zelenskyy"): the same number of words, the same words but one, and that one a slip apart — one
/// letter added, dropped, changed or two swapped, or two such slips in a word of eight letters or more
/// (so "North" and "South", "Roger" and "Robert" stay apart). Actors
/// are grouped by the start of their last word and compared within a group only, never all pairs.
/// Each pair is reported in the first article of the less mentioned actor, with the entry that
/// would merge them.
enum LookAlikeReview {
    /// Letters of the last word that must agree for two names to be compared.
    static let groupPrefix = 4
    /// The shortest word a slip may be in (shorter words differ too easily).
    static let shortestWord = 5
    /// The shortest word two slips may be in.
    static let longWord = 8

    static func findings(_ briefing: Briefing) -> [ReviewFinding] {
        let paths = Dictionary(briefing.articles.map { ($0.slug, $0.sourcePath) }, uniquingKeysWith: { first, _ in first })
        var groups: [String: [Actor]] = [:]
        for actor in briefing.actors {
            guard let last = words(actor.name).last, last.count >= shortestWord else { continue }
            groups[String(last.prefix(groupPrefix)) + "/\(actor.kind)", default: []].append(actor)
        }
        var found: [ReviewFinding] = []
        for key in groups.keys.sorted() {
            let members = groups[key] ?? []
            for i in members.indices {
                for j in members.indices where j > i && alike(members[i].name, members[j].name) {
                    let (major, minor) = members[i].mentions >= members[j].mentions ? (members[i], members[j]) : (members[j], members[i])
                    guard let slug = minor.articles.first, let path = paths[slug] else { continue }
                    found.append(ReviewFinding(
                        .lookAlikeActors, file: path, excerpt: minor.name,
                        message: "“\(minor.name)” and “\(major.name)” look like one actor spelt two ways; they have two profiles",
                        hint: merging(minor, into: major, entries: briefing.entries)))
                }
            }
        }
        return found
    }

    /// Whether two names have the same words but one, and that one a slip apart.
    static func alike(_ a: String, _ b: String) -> Bool {
        let x = words(a), y = words(b)
        guard x.count == y.count, x != y else { return false }
        let differing = zip(x, y).filter { $0 != $1 }
        guard differing.count == 1, let pair = differing.first, min(pair.0.count, pair.1.count) >= shortestWord else { return false }
        let allowed = min(pair.0.count, pair.1.count) >= longWord ? 2 : 1
        return SpellingSuggestion.distance(Array(pair.0), Array(pair.1)) <= allowed
    }

    /// The entry that would merge `minor` into `major`.
    static func merging(_ minor: Actor, into major: Actor, entries: [String: ActorEntry]) -> String {
        if let entry = entries[major.id] {
            return "If they are one, add “\(minor.name)” to `aliases:` in \(entry.sourcePath)."
        }
        return "If they are one, create content/actors/\(major.id).md with `name: \(major.name)` and `aliases: [\(minor.name)]`."
    }

    /// The name's words, lower-cased and folded to ASCII where the slug folding knows how.
    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { Slug.make(String($0)) ?? $0.lowercased() }
    }
}
