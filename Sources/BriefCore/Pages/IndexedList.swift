/// Some elements of a shared array, picked by their positions in it, in the order picked: how the
/// ``BriefingIndex`` lists the quotations of a speaker or the events of an actor without copying
/// them (four bytes an entry, where a copy of a quotation takes hundreds).
public struct IndexedList<Element>: RandomAccessCollection {
    /// The array the elements are picked from, shared, not copied.
    public let base: [Element]
    /// The position in `base` of each element of the list, in the list's order.
    public let positions: [Int32]

    /// The elements of `base` at `positions`, in that order.
    public init(_ base: [Element], positions: [Int32]) {
        self.base = base
        self.positions = positions
    }

    /// Every element of `base`, in order.
    public init(_ base: [Element]) {
        self.init(base, positions: Array(0..<Int32(base.count)))
    }

    /// The first position.
    public var startIndex: Int { 0 }
    /// One past the last position.
    public var endIndex: Int { positions.count }

    /// The element at `position` in the list.
    public subscript(position: Int) -> Element { base[Int(positions[position])] }

    /// The position in ``base`` of the list's element at `position`.
    public func basePosition(at position: Int) -> Int { Int(positions[position]) }
}

extension IndexedList: Sendable where Element: Sendable {}

extension IndexedList: ExpressibleByArrayLiteral {
    /// A list of `elements`, its own base (for `?? []`).
    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}

extension IndexedList: Equatable where Element: Equatable {
    /// Lists are equal when their elements are, wherever they are picked from.
    public static func == (lhs: IndexedList, rhs: IndexedList) -> Bool {
        lhs.elementsEqual(rhs)
    }
}

extension IndexedList: Hashable where Element: Hashable {
    /// Hashes the elements, as ``==`` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for element in self { hasher.combine(element) }
    }
}

extension IndexedList {
    /// The first `count` elements (all when there are fewer), picked from the same base.
    public func firstItems(_ count: Int) -> IndexedList {
        IndexedList(base, positions: Array(positions.prefix(count)))
    }

    /// The last `count` elements (all when there are fewer), picked from the same base.
    public func lastItems(_ count: Int) -> IndexedList {
        IndexedList(base, positions: Array(positions.suffix(count)))
    }

    /// The elements in reverse order, picked from the same base.
    public func reversedItems() -> IndexedList {
        IndexedList(base, positions: positions.reversed())
    }
}
