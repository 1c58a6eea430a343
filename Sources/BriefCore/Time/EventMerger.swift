/// Merges the events of many articles into one timeline: the same event reported more than once
/// (same date, same actors, overlapping words) becomes one entry that keeps every source.
public enum EventMerger {
    /// Share of the smaller event's content words the other must contain to count as the same event.
    static let overlapThreshold = 0.3

    /// The merged timeline, sorted by the date's first day (coarser periods first on the same day),
    /// then by source order (the order of `events`).
    public static func timeline(_ events: [TimelineEvent]) -> [TimelineEvent] {
        var merged: [(event: TimelineEvent, words: Set<String>, order: Int)] = []
        for (order, event) in events.enumerated() {
            let words = contentWords(event.text)
            if let index = merged.firstIndex(where: { isSameEvent($0.event, $0.words, event, words) }) {
                merged[index].event.sources += event.sources.filter { !merged[index].event.sources.contains($0) }
                merged[index].words.formUnion(words)
            } else {
                merged.append((event, words, order))
            }
        }
        return merged.sorted { lhs, rhs in
            let left = sortKey(lhs.event), right = sortKey(rhs.event)
            return left != right ? left < right : lhs.order < rhs.order
        }.map(\.event)
    }

    /// Same date value, same set of actors, enough shared content words, and reported by different
    /// articles (two events of one article are two events, however alike).
    static func isSameEvent(_ a: TimelineEvent, _ aWords: Set<String>, _ b: TimelineEvent, _ bWords: Set<String>) -> Bool {
        guard a.date == b.date, Set(a.actors) == Set(b.actors),
              Set(a.sources.map(\.article)).isDisjoint(with: b.sources.map(\.article)) else { return false }
        let smaller = min(aWords.count, bWords.count)
        guard smaller > 0 else { return false }
        return Double(aWords.intersection(bWords).count) / Double(smaller) >= overlapThreshold
    }

    /// Lower-cased words of four letters or more, the ones that say what happened.
    static func contentWords(_ text: String) -> Set<String> {
        var words: Set<String> = []
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where word.count >= 4 {
            if !stopWords.contains(String(word)) { words.insert(String(word)) }
        }
        return words
    }

    private static func sortKey(_ event: TimelineEvent) -> (Int, Int) {
        (event.date.firstDay?.dayNumber ?? Int.max, -(Granularity.allCases.firstIndex(of: event.granularity) ?? 0))
    }

    private static let stopWords: Set<String> = ["that", "this", "with", "from", "have", "will", "would", "said", "were",
                                                 "been", "their", "they", "them", "which", "about", "after", "before",
                                                 "into", "than", "also", "when", "while", "there", "these", "those"]
}
