/// Which page numbers a page's navigation shows: the first and the last, the current one and two on
/// each side, and a gap wherever numbers are left out, so a list of 400 pages still gets a short row
/// ("1 … 6 7 8 9 10 … 400").
public struct PageWindow: Sendable, Hashable {
    /// One place in the row: a page number, or a gap standing for the numbers left out.
    public enum Slot: Sendable, Hashable {
        case page(Int)
        case gap
    }

    /// The page shown now.
    public let current: Int
    /// How many pages there are.
    public let count: Int
    /// How many numbers on each side of the current page are shown.
    public let radius: Int

    /// The row for page `current` of `count`.
    public init(current: Int, count: Int, radius: Int = 2) {
        precondition(count >= 1 && (1...count).contains(current), "the current page is one of the pages")
        self.current = current
        self.count = count
        self.radius = radius
    }

    /// The row, in order; a gap that would stand for a single number shows that number instead.
    public var slots: [Slot] {
        let shown = Set([1, count] + Array(max(1, current - radius)...min(count, current + radius)))
        var slots: [Slot] = []
        var last = 0
        for number in shown.sorted() {
            if number == last + 2 {
                slots.append(.page(last + 1))
            } else if number > last + 2 {
                slots.append(.gap)
            }
            slots.append(.page(number))
            last = number
        }
        return slots
    }
}
