/// What the articles say of a person besides the name — gender (from titles, honorifics, given names)
/// and the titles of the roles stated for them — so that a surname alone in one article binds to a full
/// name of another only when nothing contradicts it: "Mr. Obama" is not Michelle Obama, and "President
/// Obama" is the Obama stated to be president.
struct PersonEvidence {
    /// The gender the mentions agree on (unknown when they say nothing or conflict).
    private(set) var gender: Gender = .unknown
    /// The lower-case titles of the roles stated ("president", "senator"), each with how many times.
    private(set) var titles: [String: Int] = [:]
    private var seen = false

    /// Adds what `analysis` says of its entity `entity`.
    mutating func add(_ entity: Int, of analysis: ArticleAnalysis) {
        let e = analysis.entities[entity]
        gender = seen ? gender.merged(with: e.gender) : e.gender
        seen = true
        for r in e.roles { titles[analysis.roles[r].title.lowercased(), default: 0] += 1 }
    }

    /// The candidates (full-name keys) this person's short name can still mean: those whose gender
    /// agrees, and among several, those with a stated role in common when that leaves one — or the
    /// one the briefing states in those roles far more often than all the others together ("President
    /// Obama" is Barack Obama, president 125 times, not Michelle Obama, given the title twice by a
    /// misreading).
    func narrow(_ candidates: Set<String>, evidence: [String: PersonEvidence]) -> Set<String> {
        var options = candidates
        if gender != .unknown {
            options = options.filter { key in evidence[key].map { $0.gender == .unknown || $0.gender == gender } ?? true }
        }
        guard options.count > 1, !titles.isEmpty else { return options }
        let weights = options.map { key in (key: key, weight: titles.keys.reduce(0) { $0 + (evidence[key]?.titles[$1] ?? 0) }) }
            .filter { $0.weight > 0 }
        if weights.count == 1 { return [weights[0].key] }
        guard let top = weights.max(by: { $0.weight < $1.weight }) else { return options }
        let others = weights.reduce(0) { $0 + $1.weight } - top.weight
        return top.weight >= Self.dominance * others ? [top.key] : options
    }

    /// How many times more often one candidate must hold the shared titles than all others together.
    static let dominance = 10
}
