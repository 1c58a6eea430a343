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
}
