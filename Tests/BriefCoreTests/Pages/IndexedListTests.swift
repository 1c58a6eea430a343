import Testing
@testable import BriefCore

/// A list that picks elements of a shared array by position: it shows them in the order picked,
/// and compares by its elements, wherever they are picked from.
@Suite struct IndexedListTests {
    @Test func anIndexedListShowsThePickedElementsOfItsBaseInOrder() {
        let list = IndexedList(["a", "b", "c", "d"], positions: [3, 1, 1])
        #expect(Array(list) == ["d", "b", "b"])
        #expect(list.basePosition(at: 0) == 3)
        #expect(list == ["d", "b", "b"])
        #expect(list != ["d", "b"])
    }
}
