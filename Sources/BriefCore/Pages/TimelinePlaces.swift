/// The page of the timeline that lists each event: its month and its place in the month, by the
/// event's position in the timeline, and the events' hash values sorted, so that an event is found
/// without holding a copy of every event as a key. Equal events share the place of the first one
/// the months list.
public struct TimelinePlaces: Sendable {
    /// The timeline the positions are in.
    let timeline: [TimelineEvent]
    /// The months of the timeline (``TimelineMonth/split(_:)``).
    let months: [TimelineMonth]
    /// The hash value of each listed event, ascending, ties in the months' order.
    let hashes: [Int]
    /// The timeline position of the event with the hash value at the same place in ``hashes``.
    let positions: [Int32]
    /// The month of each position's event, -1 for an event on no page.
    let month: [Int32]
    /// The event's place in its month's list.
    let item: [Int32]

    /// The places of the events of `timeline`, which `months` cut by month.
    public init(_ timeline: [TimelineEvent], months: [TimelineMonth]) {
        var month = [Int32](repeating: -1, count: timeline.count)
        var item = [Int32](repeating: -1, count: timeline.count)
        var listed: [Int32] = []
        for (number, cut) in months.enumerated() {
            for place in cut.events.indices {
                let position = cut.events.basePosition(at: place)
                month[position] = Int32(number)
                item[position] = Int32(place)
                listed.append(Int32(position))
            }
        }
        let hashValues = listed.map { timeline[Int($0)].hashValue }
        let order = listed.indices.sorted { (hashValues[$0], $0) < (hashValues[$1], $1) }
        self.timeline = timeline
        self.months = months
        self.hashes = order.map { hashValues[$0] }
        self.positions = order.map { listed[$0] }
        self.month = month
        self.item = item
    }

    /// The route of the page that lists `event`, or nil when no month lists it.
    public subscript(event: TimelineEvent) -> Route? {
        let hash = event.hashValue
        var low = 0, high = hashes.count
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        while low < hashes.count, hashes[low] == hash {
            let position = Int(positions[low])
            if timeline[position] == event {
                let cut = months[Int(month[position])]
                return TimelineMonthPage.pagination(cut).route(ofItem: Int(item[position]))
            }
            low += 1
        }
        return nil
    }
}
