/// What two reports of the same event must share exactly — the date value and the set of actors —
/// so the merger compares an event only with the entries under its key.
struct EventMergeKey: Hashable {
    let date: TimexValue
    let actors: Set<String>

    /// The key of `event`.
    init(_ event: TimelineEvent) {
        date = event.date
        actors = Set(event.actors)
    }
}
