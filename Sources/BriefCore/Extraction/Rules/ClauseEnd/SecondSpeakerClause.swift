/// "…, while other voters said …", "…; 46 percent said …": a second speaker's statement.
struct SecondSpeakerClause: ClauseBoundary {
    let name = "second-speaker"
    let summary = "…, while others said …: a second speaker's statement"

    func cut(at k: Int, _ c: ClauseView) -> Int? {
        guard let a = c.a else { return nil }
        let t = c.p.tokens[k]
        guard t.is(",") || t.is(";") || (ReportedSpeechFinder.secondSpeakerLinks.contains(c.p.lower(k)) && !c.p.tokens[k - 1].is(",")),
              c.finder.opensSecondSpeaker(after: t.kind == .punctuation ? k : k - 1, end: c.end, c.p, a) else { return nil }
        return k
    }
}
