/// The positions of a list of events grouped by their `EventMergeKey` — the reports the timeline
/// merger compares with one another — held as one list of positions, each group a run of it in
/// source order, instead of a list and a key with a set of actors per group.
struct EventKeyGroups: Sendable {
    /// Every position, group after group.
    private var positions: [Int] = []
    /// Where each group starts in `positions`, and its end last.
    private var bounds: [Int] = [0]

    /// How many groups there are.
    var count: Int { bounds.count - 1 }

    /// The positions of group `index`, in source order.
    subscript(index: Int) -> ArraySlice<Int> {
        positions[bounds[index]..<bounds[index + 1]]
    }

    /// The groups of `events`: positions sorted by a hash of their key, then each run of one hash
    /// split by the keys themselves, so two keys sharing a hash still make two groups.
    init(_ events: [TimelineEvent]) {
        let hashes = events.map(Self.keyHash)
        var sorted = Array(events.indices)
        sorted.sort { hashes[$0] != hashes[$1] ? hashes[$0] < hashes[$1] : $0 < $1 }
        positions.reserveCapacity(events.count)
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count && hashes[sorted[end]] == hashes[sorted[start]] { end += 1 }
            if end - start == 1 {
                append([sorted[start]])
            } else {
                split(sorted[start..<end], of: events)
            }
            start = end
        }
    }

    /// Adds the positions of one run of a hash, a group per key in it (almost always one).
    private mutating func split(_ run: ArraySlice<Int>, of events: [TimelineEvent]) {
        var rest = Array(run)
        while !rest.isEmpty {
            let key = EventMergeKey(events[rest[0]])
            var group: [Int] = [], other: [Int] = []
            for position in rest {
                if EventMergeKey(events[position]) == key { group.append(position) } else { other.append(position) }
            }
            append(group)
            rest = other
        }
    }

    private mutating func append(_ group: [Int]) {
        positions += group
        bounds.append(positions.count)
    }

    /// A hash of the event's key: its date and its set of actors (sorted, each once).
    private static func keyHash(_ event: TimelineEvent) -> Int {
        var hasher = Hasher()
        hasher.combine(event.date)
        var previous: String?
        for actor in event.actors.count > 1 ? event.actors.sorted() : event.actors where actor != previous {
            hasher.combine(actor)
            previous = actor
        }
        return hasher.finalize()
    }
}
