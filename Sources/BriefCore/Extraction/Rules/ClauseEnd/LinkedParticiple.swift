/// "…, while acknowledging that …", "… but insisting …": a second participle after "while" or "but".
struct LinkedParticiple: ClauseBoundary {
    let name = "linked-participle"
    let summary = "…, while acknowledging …: a second participle after while or but"

    func cut(at k: Int, _ c: ClauseView) -> Int? {
        guard let a = c.a, c.p.lower(k) != "and", ReportedSpeechFinder.participleLinks.contains(c.p.lower(k)),
              c.finder.secondParticiple(after: k, end: c.end, c.p, a) != nil else { return nil }
        return c.p.tokens[k - 1].is(",") ? k - 1 : k
    }
}
