/// "Ames, who said he votes early, said …": the relative clause ends before the main verb.
struct RelativeBeforeMainVerb: ClauseBoundary {
    let name = "relative-before-main-verb"
    let summary = "X, who said A, said B: a relative clause ends before the main speech verb"

    func cut(at k: Int, _ c: ClauseView) -> Int? {
        guard let a = c.a, c.p.tokens[k].is(","), a.isVerb(k + 1), c.p.flags(k + 1).contains(.reportingVerb) else { return nil }
        return k
    }
}
