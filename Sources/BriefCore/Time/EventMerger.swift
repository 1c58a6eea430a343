/// Merges the events of many articles into one timeline: the same event reported more than once
/// (same date, same actors, overlapping words) becomes one entry that keeps every source.
public enum EventMerger {
    /// Share of the smaller event's content words the other must contain to count as the same event.
    static let overlapThreshold = 0.3

    /// The merged timeline, sorted by the date's first day (coarser periods first on the same day),
    /// then by source order (the order of `events`). Each event joins the first earlier entry it is
    /// the same event as; only entries with the same date and actors can be, so the events are grouped
    /// by their `EventMergeKey` and each group is merged on its own, runs of groups spread by `mapper`
    /// over the cores. Within a group an event is compared with the earlier entries in order of
    /// creation (`EventMergeBucket` skips the entries of the event's own article). The reports are
    /// let go once merged, before the timeline is made: pass them without keeping them.
    public static func timeline(_ events: consuming [TimelineEvent], mapper: some ArticleMapper = SerialMapper()) -> [TimelineEvent] {
        let runs = mergedRuns(events, mapper: mapper)
        events = []
        return ordered(runs)
    }

    /// Key groups merged per run of ``runLength``: fewer, larger results than one per group, most groups being one event.
    static let runLength = 256

    /// A timeline entry and the position of its first report among the merger's input.
    struct Entry: Sendable {
        let event: TimelineEvent
        let order: Int
    }

    /// Where an entry is among the merged runs, and what the timeline is sorted by.
    private struct Place {
        let run: Int
        let index: Int
        let key: SortKey
        let order: Int
    }

    /// The entries of every key group of `events`, a list for each run of groups, in the order of their groups' first events.
    static func mergedRuns(_ events: [TimelineEvent], mapper: some ArticleMapper) -> [[Entry]] {
        let groups = keyGroups(events)
        let runs = stride(from: 0, to: groups.count, by: runLength).map { $0..<min($0 + runLength, groups.count) }
        return mapper.map(runs) { run in
            var entries: [Entry] = []
            for group in groups[run] { mergeGroup(group, of: events, into: &entries) }
            return entries
        }
    }

    /// Every entry of `runs` in timeline order: each sort key computed once, the entries large and their keys not free.
    static func ordered(_ runs: [[Entry]]) -> [TimelineEvent] {
        var places: [Place] = []
        places.reserveCapacity(runs.reduce(0) { $0 + $1.count })
        for (run, entries) in runs.enumerated() {
            for (index, entry) in entries.enumerated() {
                places.append(Place(run: run, index: index, key: sortKey(entry.event), order: entry.order))
            }
        }
        places.sort { $0.key != $1.key ? $0.key < $1.key : $0.order < $1.order }
        var timeline: [TimelineEvent] = []
        timeline.reserveCapacity(places.count)
        for place in places { timeline.append(runs[place.run][place.index].event) }
        return timeline
    }

    /// The positions of `events` under each `EventMergeKey`, in order, the groups in order of their first event.
    static func keyGroups(_ events: [TimelineEvent]) -> [[Int]] {
        var groupOf: [EventMergeKey: Int] = [:]
        var groups: [[Int]] = []
        for (position, event) in events.enumerated() {
            let key = EventMergeKey(event)
            if let group = groupOf[key] {
                groups[group].append(position)
            } else {
                groupOf[key] = groups.count
                groups.append([position])
            }
        }
        return groups
    }

    /// The entries made of the events at `positions` (one key's, in order), appended to `entries`:
    /// each event joins the first earlier entry it is the same event as, or starts one.
    static func mergeGroup(_ positions: [Int], of events: [TimelineEvent], into entries: inout [Entry]) {
        if positions.count == 1 { return entries.append(Entry(event: events[positions[0]], order: positions[0])) }
        var merged: [MergedEvent] = []
        var bucket = EventMergeBucket()
        for position in positions {
            let event = events[position]
            let articles = event.sources.map(\.article)
            let candidates = bucket.candidates(for: articles)
            // An event with nothing to be compared with needs no words until a later one is compared with it.
            let words = candidates.isEmpty ? nil : contentWords(event.text)
            if let words, let index = candidates.first(where: { isSameEvent(&merged[$0], event, words) }) {
                merged[index].merge(event, words: words)
            } else {
                bucket.append(merged.count, articles: articles)
                merged.append(MergedEvent(event, words: words, order: position))
            }
        }
        entries += merged.lazy.map { Entry(event: $0.event, order: $0.order) }
    }

    /// Whether `event` (with its content `words`) reports the same event as the entry `entry` of
    /// the same date and actors: reported by different articles (two events of one article are two
    /// events, however alike) with enough shared content words.
    static func isSameEvent(_ entry: inout MergedEvent, _ event: TimelineEvent, _ words: ContentWords) -> Bool {
        guard entry.articles.isDisjoint(with: event.sources.map(\.article)) else { return false }
        let entryWords = entry.wordsForComparison()
        let smaller = min(entryWords.count, words.count)
        guard smaller > 0 else { return false }
        return Double(entryWords.sharedCount(with: words)) / Double(smaller) >= overlapThreshold
    }

    /// Lower-cased words of four letters or more, the ones that say what happened.
    static func contentWords(_ text: String) -> ContentWords {
        ContentWords(text: text)
    }

    /// ``contentWords(_:)`` of any text, character by character.
    static func unicodeContentWords(_ text: String) -> Set<String> {
        var words: Set<String> = []
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where word.count >= 4 {
            if !TemporalLexicon.eventStopWords.contains(String(word)) { words.insert(String(word)) }
        }
        return words
    }

    /// The timeline's order: the date's first day, coarser periods first on the same day.
    struct SortKey: Comparable {
        let day: Int
        let coarseness: Int

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            (lhs.day, lhs.coarseness) < (rhs.day, rhs.coarseness)
        }
    }

    /// The event's place in the timeline's order.
    static func sortKey(_ event: TimelineEvent) -> SortKey {
        SortKey(day: event.date.firstDay?.dayNumber ?? Int.max, coarseness: -(Granularity.allCases.firstIndex(of: event.granularity) ?? 0))
    }
}
