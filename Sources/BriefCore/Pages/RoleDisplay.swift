/// How a stated role reads on a page: as the article wrote it ("French President"), with the
/// affiliation added when the words do not already say it ("spokeswoman, Foreign Ministry").
enum RoleDisplay {
    /// The role's line.
    static func text(_ role: Actor.Role) -> String {
        // "Vermont\u{00A0}Sen." and "Vermont Sen." are one wording.
        let written = String(role.text.map { $0 == "\u{00A0}" ? " " : $0 })
        guard let affiliation = role.affiliation, !saysAffiliation(written, affiliation) else { return written }
        return "\(written), \(affiliation)"
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
    /// article first, as a briefing orders them), the office stated most (its head word, "Sen." and
    /// "senator" alike), ties to the newest; of that office, a "former" statement when any says so (a
    /// title before a name is written for a former holder too: "President Bush"), then the wording
    /// stated most. Roles written as of another time ("then-Gov.") only when there is no other.
    static func main(_ roles: [Actor.Role]) -> Actor.Role? {
        let current = roles.filter { !isPast($0) }
        let pool = Array((current.isEmpty ? roles : current).prefix(recentStatements))
        guard let office = mostStated(pool, by: office) else { return nil }
        let held = pool.filter { self.office($0) == office }
        let former = held.filter(isFormer)
        let stated = former.isEmpty ? held : former
        // A short wording before a long description ("Former Trump campaign manager", not "the former
        // campaign manager for Mr. Trump and current CNN analyst").
        let short = stated.filter { $0.text.split(separator: " ").count <= longWording }
        let wordings = short.isEmpty ? stated : short
        return mostStated(wordings, by: key).flatMap { wording in wordings.first { key($0) == wording } }
    }

    /// How many words make a wording too long for a list when a shorter one is stated.
    static let longWording = 5

    /// The value of `property` stated most among `roles`, ties to the first (the newest).
    static func mostStated(_ roles: [Actor.Role], by property: (Actor.Role) -> String) -> String? {
        var counts: [String: Int] = [:]
        for role in roles { counts[property(role), default: 0] += 1 }
        var best: String?
        for role in roles {
            let value = property(role)
            if best == nil || counts[value]! > counts[best!]! { best = value }
        }
        return best
    }

    /// The office a role names: its last title word in full, lower case ("Sen." and "senator" are
    /// "senator"; "Republican presidential nominee" is "nominee").
    static func office(_ role: Actor.Role) -> String {
        let words = role.title.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        return words.last.map { Titles.fullForm(String($0)) } ?? ""
    }

    /// Whether the role says its holder no longer holds its office ("former President", "ex-governor"),
    /// not another one before it ("former Democratic presidential candidate Sen." is a senator).
    static func isFormer(_ role: Actor.Role) -> Bool {
        let words = role.title.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        guard let marker = words.firstIndex(where: { $0 == "former" || $0.hasPrefix("ex-") }) else { return false }
        return !words[(marker + 1)...].dropLast().contains { Titles.isHead($0) && !Titles.qualifiers.contains($0) }
    }

    /// The role as a list shows it, alone beside a name: an abbreviated title, written for use before a
    /// name, in full ("Sen." is "Senator", "former Gov." is "former Governor").
    static func label(_ role: Actor.Role) -> String {
        // "a nursing home owner", "the former campaign manager": beside a name, without its article.
        var line = withoutArticle(text(role))
        // "Former Trump campaign manager", capitalised where a sentence began: "former" inside a line.
        if let first = line.split(separator: " ").first, Titles.pastMarkers.contains(first.lowercased()), first != first.lowercased() {
            line = first.lowercased() + line.dropFirst(first.count)
        }
        guard let last = line.split(separator: " ").last, let full = Titles.fullForms[last.lowercased()] else { return line }
        return line.dropLast(last.count) + full.prefix(1).uppercased() + full.dropFirst()
    }

    /// The role as it reads, in lower case and without an opening article: the same role however an
    /// article capitalises it or introduces it ("the former Florida governor", "a former Florida governor").
    static func key(_ role: Actor.Role) -> String { withoutArticle(text(role)).lowercased() }

    /// `line` without an opening "a", "an" or "the".
    static func withoutArticle(_ line: String) -> String {
        guard let first = line.split(separator: " ").first, CommonWords.articles.contains(first.lowercased()) else { return line }
        return String(line.dropFirst(first.count + 1))
    }

    /// Whether the role is written as of another time than the article's ("then-Sen.").
    static func isPast(_ role: Actor.Role) -> Bool {
        role.text.lowercased().hasPrefix("then-") || role.text.lowercased().hasPrefix("then ")
    }
}
