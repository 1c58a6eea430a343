import BriefCore
import Testing

/// Two editorial entries for one actor are an error naming both files.
@Suite struct ActorEntryDuplicatesTests {
    static let zelenskyy = ActorEntry(id: "volodymyr-zelenskyy", name: "Volodymyr Zelenskyy", aliases: ["Zelensky", "Zelenskiy"],
                                      sourcePath: "content/actors/volodymyr-zelenskyy.md")

    @Test func theSameNameTwiceNamesBothFiles() throws {
        let second = ActorEntry(id: "zelenskyy", name: "Volodymyr  ZELENSKYY", sourcePath: "content/actors/zelenskyy.md")
        let problems = ActorEntryDuplicates.problems(in: [Self.zelenskyy, second])
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.severity == .error)
        #expect(problem.file == "content/actors/zelenskyy.md")
        #expect(problem.message.contains("content/actors/volodymyr-zelenskyy.md"))
    }

    @Test func oneEntrysNameAsTheOthersAliasIsADuplicateEitherWayRound() {
        let byAlias = ActorEntry(id: "zelensky", name: "Zelensky", sourcePath: "content/actors/zelensky.md")
        #expect(ActorEntryDuplicates.problems(in: [Self.zelenskyy, byAlias]).map(\.file) == ["content/actors/zelensky.md"])
        let aliasing = ActorEntry(id: "a-president", name: "The President", aliases: ["Volodymyr Zelenskyy"], sourcePath: "content/actors/a-president.md")
        let problems = ActorEntryDuplicates.problems(in: [Self.zelenskyy, aliasing])
        #expect(problems.count == 1)
        let named = problems.map { ($0.file ?? "") + " " + $0.message }.joined()
        #expect(named.contains("volodymyr-zelenskyy.md") && named.contains("a-president.md"), "both files are named")
    }

    @Test func theSameIdFromASlugIsADuplicate() {
        let clash = ActorEntry(id: "volodymyr-zelenskyy", name: "Olena Zelenska", sourcePath: "content/actors/olena.md")
        #expect(ActorEntryDuplicates.problems(in: [Self.zelenskyy, clash]).count == 1)
    }

    @Test func differentActorsSharingNoNameAreFine() {
        let other = ActorEntry(id: "emmanuel-macron", name: "Emmanuel Macron", aliases: ["Macron"], sourcePath: "content/actors/emmanuel-macron.md")
        #expect(ActorEntryDuplicates.problems(in: [Self.zelenskyy, other]).isEmpty)
    }
}
