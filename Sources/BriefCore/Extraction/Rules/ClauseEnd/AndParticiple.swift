/// "… and accusing him of …": a second participle of stance or saying after "and".
struct AndParticiple: ClauseBoundary {
    let name = "and-participle"
    let summary = "… and accusing …: a second participle of stance or saying"

    func cut(at k: Int, _ c: ClauseView) -> Int? {
        guard c.p.lower(k) == "and", let next = c.p.token(k + 1), next.kind == .word, !next.isCapitalized,
              ReportedSpeechFinder.participles.contains(next.lower)
                || (next.lower.hasSuffix("ing") && ReportedSpeechFinder.stanceVerbs[next.lower] != nil) else { return nil }
        return k
    }
}
