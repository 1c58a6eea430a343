/// An article's full names indexed by the short forms a reader binds to them: the surname ("Vickers"),
/// a family name written first ("Xi"), the end of a longer name ("Al Mnajer" of "Mohammad Al Mnajer")
/// and the given name alone ("Hillary", "Jordan"). A short form binds to the one person it can mean
/// among the full names written before it (or in the whole article, when none comes before).
struct ShortNameIndex {
    /// How a short name binds.
    enum Binding: Equatable {
        /// To this person (the entity's index).
        case bound(Int)
        /// It could mean any of these people.
        case ambiguous([Int])
        /// It names no full name of the article.
        case unbound
    }

    private var surnames: [String: Set<Int>] = [:]
    private var givenNames: [String: Set<Int>] = [:]
    /// Where each entity's full name is first written (its index among the article's names).
    private var introducedAt: [Int: Int] = [:]

    /// Adds the full name `key` of entity `entity`, written at position `position`.
    mutating func add(_ key: PersonNameKey, entity: Int, position: Int) {
        if introducedAt[entity] == nil { introducedAt[entity] = position }
        for short in key.surnames + key.tails { surnames[short, default: []].insert(entity) }
        if key.words.count >= 2, !FamilyNames.first.contains(key.words[0]) { givenNames[key.words[0], default: []].insert(entity) }
    }

    /// What the short name `short` (lower-case words joined by spaces) written at `position` binds to,
    /// among the entities whose gender agrees (`agrees`): by surname first, else by given name.
    func bind(_ short: String, at position: Int, agrees: (Int) -> Bool) -> Binding {
        for table in [surnames, givenNames] {
            let agreeing = (table[short] ?? []).filter(agrees)
            if agreeing.isEmpty { continue }
            let introduced = agreeing.filter { introducedAt[$0, default: Int.max] < position }
            let options = introduced.isEmpty ? agreeing : introduced
            return options.count == 1 ? .bound(options.first!) : .ambiguous(options.sorted())
        }
        return .unbound
    }
}
