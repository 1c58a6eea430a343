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

    /// The role a list shows for an actor: the one most articles state, roles of the past ("former
    /// Gov.", "then-Sen.") only when there is no other; ties go to the first in `roles` (the newest
    /// article's, in a briefing).
    static func main(_ roles: [Actor.Role]) -> Actor.Role? {
        var counts: [String: Int] = [:]
        for role in roles { counts[text(role), default: 0] += 1 }
        let current = roles.filter { !isPast($0) }
        let pool = current.isEmpty ? roles : current
        var best: Actor.Role?
        for role in pool where best == nil || counts[text(role)]! > counts[text(best!)]! { best = role }
        return best
    }

    /// Whether the role is one the actor held before ("former", "ex-", "then-").
    static func isPast(_ role: Actor.Role) -> Bool {
        let lower = role.text.lowercased()
        return lower.hasPrefix("former ") || lower.hasPrefix("ex-") || lower.hasPrefix("then-") || lower.contains(" former ")
    }
}
