/// "…, which critics say is flawed": a relative clause with a speaker of its own.
struct RelativeSpeakerClause: ClauseBoundary {
    let name = "relative-speaker"
    let summary = "…, which critics say …: a relative clause with a speaker of its own"

    func cut(at k: Int, _ c: ClauseView) -> Int? {
        guard let a = c.a, c.p.tokens[k].is(","), c.finder.relativeSpeaker(after: k + 1, end: c.end, c.p, a) != nil else { return nil }
        return k
    }
}
