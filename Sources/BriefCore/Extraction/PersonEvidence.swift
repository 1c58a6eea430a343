/// What the articles say of a person besides the name — gender (from titles, honorifics, given names)
/// and the titles of the roles stated for them — so that a surname alone in one article binds to a full
/// name of another only when nothing contradicts it: "Mr. Obama" is not Michelle Obama, and "President
/// Obama" is the Obama stated to be president.
struct PersonEvidence {
    /// The gender the mentions agree on (unknown when they say nothing or conflict).
    private(set) var gender: Gender = .unknown
    /// The lower-case titles of the roles stated ("president", "senator").
    private(set) var titles: Set<String> = []
    private var seen = false

    /// Adds what `analysis` says of its entity `entity`.
    mutating func add(_ entity: Int, of analysis: ArticleAnalysis) {
        let e = analysis.entities[entity]
        gender = seen ? gender.merged(with: e.gender) : e.gender
        seen = true
        for r in e.roles { titles.insert(analysis.roles[r].title.lowercased()) }
    }

    /// The candidates (full-name keys) this person's short name can still mean: those whose gender
    /// agrees, and among several, those with a stated role in common when that leaves one.
    func narrow(_ candidates: Set<String>, evidence: [String: PersonEvidence]) -> Set<String> {
        var options = candidates
        if gender != .unknown {
            options = options.filter { key in evidence[key].map { $0.gender == .unknown || $0.gender == gender } ?? true }
        }
        if options.count > 1, !titles.isEmpty {
            let byRole = options.filter { !(evidence[$0]?.titles.isDisjoint(with: titles) ?? true) }
            if byRole.count == 1 { options = byRole }
        }
        return options
    }
}
