/// `…,” claiming …`: a participle after a comma and a closing quotation mark.
struct ParticipleAfterQuotation: ClauseBoundary {
    let name = "participle-after-quotation"
    let summary = "…,” claiming …: a participle after a closing quotation mark"

    func cut(at k: Int, _ c: ClauseView) -> Int? {
        guard c.p.tokens[k].is(","), c.p.token(k + 1)?.kind == .quoteMark, let next = c.p.token(k + 2), next.kind == .word,
              !next.isCapitalized, next.lower.hasSuffix("ing"), next.lower.count > 5 else { return nil }
        return k + 1
    }
}
