/// "… and said that …", "… but praised …": a second verb of the same subject.
struct SecondVerbOfSubject: ClauseBoundary {
    let name = "second-verb"
    let summary = "… and said …: a second verb of the same subject"

    func cut(at k: Int, _ c: ClauseView) -> Int? {
        guard let a = c.a, ReportedSpeechFinder.sharedSubjectLinks.contains(c.p.lower(k)),
              c.finder.secondVerb(after: k, end: c.end, c.p, a) != nil else { return nil }
        return c.p.tokens[k - 1].is(",") ? k - 1 : k
    }
}
