/// "claimed momentum and argued …": a one-word object before a second verb of the same subject ends the
/// clause after that word.
struct SharedSubjectObject: ClauseBoundary {
    let name = "shared-subject-object"
    let summary = "VERB OBJECT and VERB …: a one-word object before a second verb of the same subject"

    func cut(at k: Int, _ c: ClauseView) -> Int? {
        guard let a = c.a, k < c.end - 1, ReportedSpeechFinder.sharedSubjectLinks.contains(c.p.lower(k)),
              c.finder.secondVerb(after: k, end: c.end, c.p, a) != nil else { return nil }
        return k
    }
}
