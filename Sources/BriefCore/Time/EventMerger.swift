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
    /// creation (`EventMergeBucket` skips the entries of the event's own article). The timeline is
    /// made in the reports' own storage — each group's entries written over its first reports, then
    /// the entries gathered to the front and put in order by swaps — so no second list of every
    /// event is made: pass the reports without keeping them, or they are copied first. The timeline
    /// is copied once at its own size at the end, the merged-away reports' room let go.
    public static func timeline(_ events: consuming [TimelineEvent], mapper: some ArticleMapper = SerialMapper()) -> [TimelineEvent] {
        var events = events
        let groups = EventKeyGroups(events)
        // The first report's position of the entry now in each slot; -1 for a slot whose report was merged away.
        var orders = [Int](repeating: -1, count: events.count)
        let runs = stride(from: 0, to: groups.count, by: runLength).map { $0..<min($0 + runLength, groups.count) }
        events.withUnsafeMutableBufferPointer { eventSlots in
            orders.withUnsafeMutableBufferPointer { orderSlots in
                let slots = EventSlots(events: eventSlots, orders: orderSlots)
                _ = mapper.map(runs) { run in
                    for group in run { mergeGroup(groups[group], in: slots) }
                    return run.count
                }
            }
        }
        order(&events, orders: orders)
        // The reports' storage has room for every report; the briefing holds the timeline to the end of the build.
        return events.trimmingCapacity()
    }

    /// Key groups merged per run of ``runLength``: fewer, larger tasks than one per group, most groups being one event.
    static let runLength = 256

    /// The reports' storage as the merger writes it from several cores at once: each key group's
    /// entries are written over its own first reports, so no two runs touch the same slot.
    struct EventSlots: @unchecked Sendable {
        let events: UnsafeMutableBufferPointer<TimelineEvent>
        let orders: UnsafeMutableBufferPointer<Int>
    }

    /// Where an entry is, and what the timeline is sorted by.
    private struct Place {
        let key: SortKey
        let order: Int
        /// Its position among the entries gathered to the front.
        let index: Int
    }

    /// The entries in `events` (the slots whose `orders` are not -1) gathered to the front and put in
    /// timeline order, in place, the merged-away reports dropped: each sort key computed once, the
    /// events large and their keys not free.
    static func order(_ events: inout [TimelineEvent], orders: [Int]) {
        var places: [Place] = []
        var kept = 0
        for slot in events.indices where orders[slot] >= 0 {
            events.swapAt(slot, kept)
            places.append(Place(key: sortKey(events[kept]), order: orders[slot], index: kept))
            kept += 1
        }
        events.removeLast(events.count - kept)
        places.sort { $0.key != $1.key ? $0.key < $1.key : $0.order < $1.order }
        permute(&events, taking: places.map(\.index))
    }

    /// Puts `events[source[j]]` at each position `j`, in place, following each cycle of the
    /// permutation with swaps.
    static func permute<Element>(_ events: inout [Element], taking source: [Int]) {
        var done = [Bool](repeating: false, count: source.count)
        for start in source.indices where !done[start] {
            var position = start
            while source[position] != start {
                events.swapAt(position, source[position])
                done[position] = true
                position = source[position]
            }
            done[position] = true
        }
    }

    /// Merges the events at `positions` (one key's, in order) in their slots: each event joins the
    /// first earlier entry it is the same event as, or starts one; the entries are written over the
    /// group's first slots, with the position of each one's first report, and the rest left unordered.
    static func mergeGroup(_ positions: ArraySlice<Int>, in slots: EventSlots) {
        if positions.count == 1 { return slots.orders[positions.first!] = positions.first! }
        var merged: [MergedEvent] = []
        var bucket = EventMergeBucket()
        for position in positions {
            let event = slots.events[position]
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
        // Entry k started at the group's k-th report or a later one; the group's reports are all read by now.
        for (slot, entry) in zip(positions, merged) {
            slots.events[slot] = entry.event
            slots.orders[slot] = entry.order
        }
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
