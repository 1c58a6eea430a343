import Testing
@testable import BriefCore

@Suite struct WordListTests {
    @Test func setSplitsOnSpacesAndLineBreaksOnly() {
        let set = WordList.set("alpha  beta\ngamma\n\ndélia o'neil")
        #expect(set.count == 5)
        #expect(["alpha", "beta", "gamma", "délia", "o'neil"].allSatisfy(set.contains))
        #expect(!set.contains(""))
    }

    @Test func tableReadsPairsAndSkipsPairsWithoutBothSides() {
        let table = WordList.table("french=France|u.s. = United States\nsaint-étienne=Saint-Étienne|broken|=empty|a=b=c")
        #expect(table["french"] == "France")
        #expect(table["u.s."] == "United States")
        #expect(table["saint-étienne"] == "Saint-Étienne")
        #expect(table["a"] == "b=c")
        #expect(table["broken"] == nil)
        #expect(table.keys.count == 4)
    }
}
