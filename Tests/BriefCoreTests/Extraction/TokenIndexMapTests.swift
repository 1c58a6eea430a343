import Testing
@testable import BriefCore

@Suite struct TokenIndexMapTests {
    @Test func readsLikeADictionaryOfTokenIndices() {
        var map = TokenIndexMap(count: 5)
        map[1] = 7
        map[3] = 0
        map[1] = 2
        #expect(map[1] == 2)
        #expect(map[3] == 0)
        #expect(map[0] == nil && map[-1] == nil && map[5] == nil)
        #expect(map.map { [$0.key, $0.value] } == [[1, 2], [3, 0]])
        map[3] = nil
        #expect(map[3] == nil)
    }

    @Test func mentionTablesHoldOneParagraphsMentions() {
        let table = MentionTable(base: 4, values: ["c", nil, "b"])
        #expect(table[4] == "c")
        #expect(table[5] == nil && table[6] == "b")
        #expect(table[3] == nil && table[7] == nil && table[-1] == nil)
        let empty = MentionTable<String>(base: 0, values: [])
        #expect(empty[0] == nil)
    }
}
