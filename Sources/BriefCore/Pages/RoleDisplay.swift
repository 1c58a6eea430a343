/// How a stated role reads on a page: as the article wrote it ("French President"), with the
/// affiliation added when the words do not already say it ("spokeswoman, Foreign Ministry").
enum RoleDisplay {
    /// The role's line.
    static func text(_ role: Actor.Role) -> String {
        guard let affiliation = role.affiliation, !saysAffiliation(role.text, affiliation) else { return role.text }
        return "\(role.text), \(affiliation)"
    }

    /// Whether `text` names `affiliation` itself or by its demonym ("French" for France).
    static func saysAffiliation(_ text: String, _ affiliation: String) -> Bool {
        let lower = text.lowercased()
        if lower.contains(affiliation.lowercased()) { return true }
        return lower.split(separator: " ").contains { word in
            Countries.ofDemonym(String(word)) == affiliation
                || Countries.ofDemonym(String(word.filter { $0.isLetter || $0 == "." })) == affiliation
        }
    }

    /// How many of the newest role statements decide the role a list shows.
    static let recentStatements = 10

    /// The role a list shows for an actor: among the newest statements of its roles (`roles` is newest
    /// article first, as a briefing orders them), the one stated most, ties to the newest; roles
    /// written as of another time ("then-Gov.") only when there is no other. "Former President" is a
    /// current description and counts like any other.
    static func main(_ roles: [Actor.Role]) -> Actor.Role? {
        let current = roles.filter { !isPast($0) }
        let pool = Array((current.isEmpty ? roles : current).prefix(recentStatements))
        var counts: [String: Int] = [:]
        for role in pool { counts[key(role), default: 0] += 1 }
        var best: Actor.Role?
        for role in pool where best == nil || counts[key(role)]! > counts[key(best!)]! { best = role }
        return best
    }

    /// The role as it reads, in lower case: the same role however an article capitalises it.
    static func key(_ role: Actor.Role) -> String { text(role).lowercased() }

    /// Whether the role is written as of another time than the article's ("then-Sen.").
    static func isPast(_ role: Actor.Role) -> Bool {
        role.text.lowercased().hasPrefix("then-") || role.text.lowercased().hasPrefix("then ")
    }
}
