/// Applies the editors' ``ActorCorrection``s to a derived briefing, in the order they are written:
/// merges actors that are one, splits off what some articles say of an actor into another, and hides
/// names that are no actors — moving every quotation, statement, mention and event with them, and
/// the counts, roles and articles of the profiles. An entry that names no actor, or would change
/// nothing, changes nothing and is a warning at its line. A `note` is shown on the pages changed.
public enum ActorCorrectionsApplier {
    /// `briefing` with `corrections` applied, and a warning for each entry that could not be.
    public static func apply(_ corrections: [ActorCorrection], to briefing: Briefing) -> (briefing: Briefing, warnings: [Diagnostic]) {
        var briefing = briefing
        var warnings: [Diagnostic] = []
        for correction in corrections {
            let outcome: Result<Briefing, Diagnostic>
            switch correction.action {
            case let .merge(names, into): outcome = merge(names, into: into, correction, in: briefing)
            case let .split(name, articles, into): outcome = split(name, articles: articles, into: into, correction, in: briefing)
            case .hide(let name): outcome = hide(name, correction, in: briefing)
            }
            switch outcome {
            case .success(let corrected): briefing = corrected
            case .failure(let warning): warnings.append(warning)
            }
        }
        return (briefing, warnings)
    }

    /// The actors named in `names` merged into the actor `into`.
    static func merge(_ names: [String], into: String, _ correction: ActorCorrection, in briefing: Briefing) -> Result<Briefing, Diagnostic> {
        let lookup = ActorLookup(briefing.actors)
        guard let survivor = lookup.find(into) else { return .failure(noActor(into, correction)) }
        var merged: [Actor] = []
        for name in names {
            guard let actor = lookup.find(name) else { return .failure(noActor(name, correction)) }
            if actor.id != survivor.id, !merged.contains(where: { $0.id == actor.id }) { merged.append(actor) }
        }
        guard !merged.isEmpty else {
            return .failure(warning(correction, "the correction merges nothing: every name is “\(survivor.name)” already",
                                    hint: "List under `merge:` the names of the other profiles, as their pages write them."))
        }
        var result = briefing
        var combined = survivor
        var entries = briefing.entries
        var notes = briefing.editorNotes
        for actor in merged {
            result = ActorReassignment(from: actor.id, to: survivor, articles: nil).apply(to: result)
            combined = ActorTally.combined(combined, actor)
            if let entry = entries.removeValue(forKey: actor.id), entries[survivor.id] == nil { entries[survivor.id] = entry }
            notes.moveActor(actor.id, to: survivor.id)
        }
        if let note = correction.note {
            let names = merged.map { "“\($0.name)”" }.joined(separator: ", ")
            notes.add(EditorNote(change: "The editors merged \(names) into this profile", note: note), toActor: survivor.id)
        }
        let gone = Set(merged.map(\.id))
        let actors = result.actors.compactMap { gone.contains($0.id) ? nil : ($0.id == survivor.id ? combined : $0) }
        return .success(result.replacing(actors: actors, entries: entries, editorNotes: notes))
    }

    /// What the articles named in `references` say of actor `name` given to actor `into` (made when
    /// the briefing has none of that name).
    static func split(_ name: String, articles references: [String], into: String, _ correction: ActorCorrection,
                      in briefing: Briefing) -> Result<Briefing, Diagnostic> {
        let lookup = ActorLookup(briefing.actors)
        guard let actor = lookup.find(name) else { return .failure(noActor(name, correction)) }
        var slugs = Set<String>()
        for reference in references {
            let found = ArticleReference.slugs(reference, in: briefing.articles)
            guard !found.isEmpty else {
                return .failure(warning(correction, "no article is named “\(reference)”; the correction changes nothing",
                                        hint: "Give the article's slug (its address, articles/SLUG/) or its file name."))
            }
            slugs.formUnion(found)
        }
        let probe = ActorReassignment(from: actor.id, to: nil, articles: slugs)
        let moved = ActorTally.Moved(mentions: probe.movedMentions(in: briefing), quotes: probe.movedQuotes(in: briefing),
                                     articles: Set(actor.articles).intersection(slugs),
                                     roles: actor.roles.filter { slugs.contains($0.article) })
        guard !moved.isEmpty || briefing.statements.contains(where: { $0.speakerId == actor.id && slugs.contains($0.article) }) else {
            return .failure(warning(correction, "“\(actor.name)” is not named in \(references.map { "“\($0)”" }.joined(separator: ", ")); the correction changes nothing",
                                    hint: "List under `article:` the articles that mean someone else by that name."))
        }
        let existing = lookup.find(into).flatMap { $0.id == actor.id ? nil : $0 }
        let target = existing.map { ActorTally.adding(moved, to: $0) }
            ?? ActorTally.made(moved, name: into, kind: actor.kind, id: freeId(for: into, in: briefing.actors))
        var result = ActorReassignment(from: actor.id, to: target, articles: slugs).apply(to: briefing)
        let rest = ActorTally.removing(moved, from: actor)
        let keepRest = !rest.articles.isEmpty || rest.quotes > 0 || briefing.entries[actor.id] != nil
        var actors = result.actors.filter { $0.id != actor.id && $0.id != target.id } + [target]
        if keepRest { actors.append(rest) }
        var notes = result.editorNotes
        if !keepRest { notes.moveActor(actor.id, to: target.id) }
        if let note = correction.note {
            let titles = titlesOf(slugs, in: briefing)
            notes.add(EditorNote(change: "The editors gave what \(titles) says of “\(actor.name)” to this profile", note: note), toActor: target.id)
            if keepRest {
                notes.add(EditorNote(change: "The editors gave what \(titles) says of “\(actor.name)” to “\(target.name)”", note: note), toActor: actor.id)
            }
        }
        result = result.replacing(actors: actors.sorted { $0.id < $1.id }, editorNotes: notes)
        return .success(result)
    }

    /// The actor `name` taken off the site.
    static func hide(_ name: String, _ correction: ActorCorrection, in briefing: Briefing) -> Result<Briefing, Diagnostic> {
        guard let actor = ActorLookup(briefing.actors).find(name) else { return .failure(noActor(name, correction)) }
        var result = ActorReassignment(from: actor.id, to: nil, articles: nil).apply(to: briefing)
        var notes = result.editorNotes
        notes.moveActor(actor.id, to: nil)
        if let note = correction.note {
            let articles = Set(actor.articles).union(briefing.quotes.filter { $0.speakerId == actor.id }.map(\.article))
            for slug in articles.sorted() {
                notes.add(EditorNote(change: "The editors took “\(actor.name)” off the list of actors", note: note), toArticle: slug)
            }
        }
        var entries = result.entries
        entries[actor.id] = nil
        result = result.replacing(actors: result.actors.filter { $0.id != actor.id }, entries: entries, editorNotes: notes)
        return .success(result)
    }

    /// An id for a new actor named `name` that no actor of `actors` has.
    static func freeId(for name: String, in actors: [Actor]) -> String {
        let taken = Set(actors.map(\.id))
        let base = Slug.make(name) ?? "actor"
        var id = base, n = 2
        while taken.contains(id) {
            id = "\(base)-\(n)"
            n += 1
        }
        return id
    }

    /// The titles of the articles `slugs`, quoted and joined (“A”, “B”).
    static func titlesOf(_ slugs: Set<String>, in briefing: Briefing) -> String {
        briefing.articles.filter { slugs.contains($0.slug) }.map { "“\($0.title)”" }.joined(separator: ", ")
    }

    static func noActor(_ name: String, _ correction: ActorCorrection) -> Diagnostic {
        warning(correction, "no actor of the briefing is named “\(name)”; the correction changes nothing",
                hint: "Use the name on the actor's profile, one of its other names, or its id (actors/ID/).")
    }

    static func warning(_ correction: ActorCorrection, _ message: String, hint: String) -> Diagnostic {
        Diagnostic(.warning, file: correction.file, line: correction.line, message: message, hint: hint)
    }
}
