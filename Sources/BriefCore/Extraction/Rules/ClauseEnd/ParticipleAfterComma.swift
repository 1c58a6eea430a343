/// "…, arguing …": a participle after a comma is the speaker's, not the clause's (", including …" lists
/// part of the clause's own object and is no boundary).
struct ParticipleAfterComma: ClauseBoundary {
    let name = "participle-after-comma"
    let summary = "…, arguing …: a participle of the speaker's after a comma"

    func cut(at k: Int, _ c: ClauseView) -> Int? {
        guard c.p.tokens[k].is(","), let next = c.p.token(k + 1), next.kind == .word, !next.isCapitalized, next.lower.hasSuffix("ing"),
              next.lower.count > 5, next.lower != "including" else { return nil }
        return k
    }
}
