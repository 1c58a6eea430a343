/// "…, but he hasn't endorsed her": a clause of its own, with a pronoun for its subject, after a comma,
/// a semicolon or a dash and a conjunction.
struct PronounClause: ClauseBoundary {
    let name = "pronoun-clause"
    let summary = "…, but he …: a clause of its own with a pronoun for its subject"

    func cut(at k: Int, _ c: ClauseView) -> Int? {
        let t = c.p.tokens[k]
        guard t.is(",") || t.is(";") || (t.kind == .punctuation && Attributor.dashes.contains(t.text)),
              ReportedSpeechFinder.clauseLinks.contains(c.p.lower(k + 1)), c.p.flags(k + 2).contains(.speakerPronoun),
              k + 3 < c.end else { return nil }
        return k
    }
}
