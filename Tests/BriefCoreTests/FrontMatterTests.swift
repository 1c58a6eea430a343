import Testing
@testable import BriefCore

@Suite struct FrontMatterTests {
    @Test func splitsTheYAMLBlockAndKnowsWhereTheBodyStarts() throws {
        let split = try FrontMatter.split("---\ndate: 2025-09-03\nsource: X\n---\nHeadline\nBody", file: "a.txt")
        #expect(split.yaml == "date: 2025-09-03\nsource: X")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "Headline\nBody")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func withoutAnOpeningFenceTheWholeFileIsBody() throws {
        let split = try FrontMatter.split("Headline\n---\nBody", file: "a.txt")
        #expect(split.yaml == nil)
        #expect(split.body == "Headline\n---\nBody")
    }

    @Test func acceptsDotsAsCloserTrailingSpacesAndAnEmptyBlock() throws {
        let dots = try FrontMatter.split("--- \ntitle: X\n...\t\nBody\n", file: "a.md")
        #expect(dots.yaml == "title: X")
        #expect(dots.body == "Body\n")
        #expect(dots.bodyFirstLine == 4)
        let empty = try FrontMatter.split("---\n---\nBody", file: "a.md")
        #expect(empty.yaml == "")
        #expect(empty.body == "Body")
        #expect(empty.bodyFirstLine == 3)
    }

    @Test func aLongerRuleIsNotAFence() throws {
        #expect(try FrontMatter.split("----\nBody", file: "a.md").yaml == nil)
    }

    @Test func anUnclosedBlockIsAnErrorAtLineOne() {
        #expect(throws: Diagnostic.self) { try FrontMatter.split("---\ndate: 2025-09-03\nHeadline", file: "a.md") }
    }
}
