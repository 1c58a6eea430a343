/// Applies the editors' ``Correction``s to a derived briefing: each entry must match exactly one
/// quotation (by a fragment of its words, in its article when it names one); it then gets the
/// named actor as its speaker (no longer inferred, with the note beside it) or leaves the lists.
/// The actors' quotation counts follow. An entry that matches nothing, matches several quotations
/// or names no actor of the briefing changes nothing and is a warning at its line. Applied after
/// every derivation, so corrections hold across rebuilds and the analysis cache.
public enum CorrectionsApplier {
    /// `briefing` with every correction of `corrections.yml` applied — actors first (so a quotation
    /// can be given to an actor a split made), then quotations, then events — and the warnings of
    /// the entries that could not be, in the file's order.
    public static func apply(_ corrections: Corrections, to briefing: Briefing) -> (briefing: Briefing, warnings: [Diagnostic]) {
        guard !corrections.isEmpty else { return (briefing, []) }
        let actors = ActorCorrectionsApplier.apply(corrections.actors, to: briefing)
        let quotes = apply(corrections.quotes, to: actors.briefing)
        let events = EventCorrectionsApplier.apply(corrections.events, to: quotes.briefing)
        let warnings = (actors.warnings + quotes.warnings + events.warnings).enumerated()
            .sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
        return (events.briefing, warnings)
    }

    /// `briefing` with `corrections` applied, and a warning for each entry that could not be.
    public static func apply(_ corrections: [Correction], to briefing: Briefing) -> (briefing: Briefing, warnings: [Diagnostic]) {
        guard !corrections.isEmpty else { return (briefing, []) }
        var quotes = briefing.quotes
        var dropped = Set<Int>()
        var delta: [String: Int] = [:]
        var warnings: [Diagnostic] = []
        let actors = ActorLookup(briefing.actors)
        let articles = Dictionary(briefing.articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for correction in corrections {
            let matching = quotes.indices.filter { !dropped.contains($0) && Self.matches(correction, quotes[$0], article: articles[quotes[$0].article]) }
            guard matching.count == 1, let index = matching.first else {
                warnings.append(unmatched(correction, count: matching.count))
                continue
            }
            let old = quotes[index].speakerId
            switch correction.action {
            case .drop:
                dropped.insert(index)
                if let old { delta[old, default: 0] -= 1 }
            case .attribute(let speaker):
                guard let actor = actors.find(speaker) else {
                    warnings.append(Diagnostic(.warning, file: correction.file, line: correction.line,
                                               message: "no actor of the briefing is named “\(speaker)”; the quotation keeps its speaker",
                                               hint: "Use the name on the actor's profile, or add content/actors/ID.md with `name: \(speaker)`."))
                    continue
                }
                quotes[index] = attributed(quotes[index], to: actor, note: correction.note)
                if let old { delta[old, default: 0] -= 1 }
                delta[actor.id, default: 0] += 1
            }
        }
        let kept = quotes.indices.filter { !dropped.contains($0) }.map { quotes[$0] }
        return (briefing.replacing(actors: briefing.actors.map { recount($0, by: delta[$0.id] ?? 0) }, quotes: kept), warnings)
    }

    /// Whether `quote` (in `article`) is the one `correction` means.
    static func matches(_ correction: Correction, _ quote: ResolvedQuote, article: Article?) -> Bool {
        if let wanted = correction.article, !ArticleReference.names(wanted, slug: quote.article, article: article) { return false }
        let fragment = folded(correction.quote)
        return !fragment.isEmpty && folded(quote.text).contains(fragment)
    }

    /// Lower-cased, curly quotes and apostrophes straightened, runs of spaces made one.
    static func folded(_ text: String) -> String {
        let straight = text.lowercased().map { (c: Character) -> Character in
            switch c {
            case "’", "‘": return "'"
            case "“", "”": return "\""
            default: return c
            }
        }
        return String(straight).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func attributed(_ quote: ResolvedQuote, to actor: Actor, note: String?) -> ResolvedQuote {
        var corrected = ResolvedQuote(id: quote.id, article: quote.article, quote: quote.quote, speakerId: actor.id,
                                      speaker: actor.name, mentions: quote.mentions)
        corrected.corrected = true
        corrected.editorNote = note
        return corrected
    }

    private static func recount(_ actor: Actor, by delta: Int) -> Actor {
        guard delta != 0 else { return actor }
        var recounted = Actor(id: actor.id, name: actor.name, kind: actor.kind, roles: actor.roles, aliases: actor.aliases,
                              mentions: actor.mentions, quotes: max(0, actor.quotes + delta), articles: actor.articles)
        recounted.couldBe = actor.couldBe
        return recounted
    }

    private static func unmatched(_ correction: Correction, count: Int) -> Diagnostic {
        let scope = correction.article.map { " in \($0)" } ?? ""
        if count == 0 {
            return Diagnostic(.warning, file: correction.file, line: correction.line,
                              message: "the correction matches no quotation\(scope): “\(correction.quote)”",
                              hint: "Copy a few words from inside the quotation marks, and check `article:` (its slug or file name).")
        }
        return Diagnostic(.warning, file: correction.file, line: correction.line,
                          message: "the correction matches \(count) quotations\(scope), so it changes none: “\(correction.quote)”",
                          hint: "Quote more of its words, or add `article:` with the article's slug or file name.")
    }
}
