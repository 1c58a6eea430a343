/// Applies the editors' ``EventCorrection``s to a derived briefing: each entry must match exactly
/// one event of the timeline (by words of its line, reported by its article when it names one); the
/// event then gets the date the editors give — moving to its place in the timeline, upcoming or not
/// against the article that first reported it — or leaves the timeline. A `note` is shown beside the
/// event and on the pages of the articles reporting it. An entry that matches no event, or several,
/// changes nothing and is a warning at its line.
public enum EventCorrectionsApplier {
    /// `briefing` with `corrections` applied, and a warning for each entry that could not be.
    public static func apply(_ corrections: [EventCorrection], to briefing: Briefing) -> (briefing: Briefing, warnings: [Diagnostic]) {
        guard !corrections.isEmpty else { return (briefing, []) }
        var timeline = briefing.timeline
        var dropped = Set<Int>()
        var notes = briefing.editorNotes
        var warnings: [Diagnostic] = []
        let articles = Dictionary(briefing.articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for correction in corrections {
            let matching = timeline.indices.filter { !dropped.contains($0) && matches(correction, timeline[$0], articles: articles) }
            guard matching.count == 1, let index = matching.first else {
                warnings.append(unmatched(correction, count: matching.count))
                continue
            }
            let event = timeline[index]
            let change: String
            switch correction.action {
            case .drop:
                dropped.insert(index)
                change = "The editors took the event “\(event.text)” off the timeline"
            case .date(let date):
                let anchor = event.sources.first.flatMap { articles[$0.article]?.date?.day }
                timeline[index] = redated(event, to: date, anchor: anchor, note: correction.note)
                change = "The editors moved the event “\(event.text)” to \(TimexDisplay.english(date))"
            }
            if let note = correction.note {
                for slug in Set(event.sources.map(\.article)).sorted() { notes.add(EditorNote(change: change, note: note), toArticle: slug) }
            }
        }
        let kept = timeline.indices.filter { !dropped.contains($0) }.map { timeline[$0] }
        return (briefing.replacing(timeline: ordered(kept), editorNotes: notes), warnings)
    }

    /// Whether `event` is the one `correction` means.
    static func matches(_ correction: EventCorrection, _ event: TimelineEvent, articles: [String: Article]) -> Bool {
        if let wanted = correction.article,
           !event.sources.contains(where: { ArticleReference.names(wanted, slug: $0.article, article: articles[$0.article]) }) {
            return false
        }
        let fragment = CorrectionsApplier.folded(correction.event)
        return !fragment.isEmpty && CorrectionsApplier.folded(event.text).contains(fragment)
    }

    /// `event` on `date`, upcoming when the date lies after `anchor` (the first report's day).
    static func redated(_ event: TimelineEvent, to date: TimexValue, anchor: CalendarDate?, note: String?) -> TimelineEvent {
        let scheduled = anchor.flatMap { anchor in date.firstDay.map { $0 > anchor } } ?? false
        var redated = TimelineEvent(date: date, text: event.text, expression: event.expression, scheduled: scheduled,
                                    actors: event.actors, sources: event.sources)
        redated.editorNote = note.map { EditorNote(change: "The editors set this date", note: $0) }
        return redated
    }

    /// `events` in the timeline's order, ties kept in their order.
    static func ordered(_ events: [TimelineEvent]) -> [TimelineEvent] {
        events.enumerated().sorted { lhs, rhs in
            let left = EventMerger.sortKey(lhs.element), right = EventMerger.sortKey(rhs.element)
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func unmatched(_ correction: EventCorrection, count: Int) -> Diagnostic {
        let scope = correction.article.map { " in \($0)" } ?? ""
        if count == 0 {
            return Diagnostic(.warning, file: correction.file, line: correction.line,
                              message: "the correction matches no event of the timeline\(scope): “\(correction.event)”",
                              hint: "Copy a few words of the event's line from the timeline, and check `article:` (its slug or file name).")
        }
        return Diagnostic(.warning, file: correction.file, line: correction.line,
                          message: "the correction matches \(count) events\(scope), so it changes none: “\(correction.event)”",
                          hint: "Copy more of the event's line, or add `article:` with the article's slug or file name.")
    }
}
