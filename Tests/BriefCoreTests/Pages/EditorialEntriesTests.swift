import Testing
@testable import BriefCore

/// Editorial actor entries (`content/actors/*.md`) merging, renaming and enriching derived actors.
@Suite struct EditorialEntriesTests {
    static let articles = [
        ActorPagesTests.article("one", "2025-06-01", "One", ["“We will hold,” Olena Kovalenko said on Monday."]),
        ActorPagesTests.article("two", "2025-06-02", "Two", ["“The line is stable,” Olena Kovalenko-Hart said."]),
    ]

    @Test func withoutEntriesTheTwoSpellingsAreTwoActors() {
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: Self.articles)
        #expect(Set(briefing.actors.map(\.id)) == ["olena-kovalenko", "olena-kovalenko-hart"])
    }

    @Test func anEntryMergesTheSpellingsItNamesUnderItsIdAndName() throws {
        let entry = ActorEntry(id: "kovalenko", name: "Olena Kovalenko-Hart", aliases: ["Olena Kovalenko"], kind: .person,
                               role: "Defence analyst", bio: "<p>Analyst.</p>", sourcePath: "content/actors/kovalenko.md")
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: Self.articles, entries: [entry])
        #expect(briefing.actors.map(\.id) == ["kovalenko"])
        let actor = try #require(briefing.actors.first)
        #expect(actor.name == "Olena Kovalenko-Hart")
        #expect(actor.aliases == ["Olena Kovalenko"])
        #expect(actor.articles == ["one", "two"])
        #expect(actor.quotes == 2)
        #expect(briefing.quotes.map(\.speakerId) == ["kovalenko", "kovalenko"])
        #expect(briefing.quotes.map(\.speaker) == ["Olena Kovalenko-Hart", "Olena Kovalenko-Hart"])
        #expect(briefing.timeline.first?.actors == ["kovalenko"])
        #expect(briefing.mentions["one"]?.first?.actorID == "kovalenko")
        #expect(briefing.entries["kovalenko"]?.role == "Defence analyst")
        let page = ActorProfilePage.page(actor, briefing: briefing, index: BriefingIndex(briefing))
        #expect(page.context["bio"]?.stringValue == "<p>Analyst.</p>")
        #expect(page.context["editorialRole"]?.stringValue == "Defence analyst")
    }

    @Test func anEntryNoArticleNamesStillHasAnActorAndClaimsItsIdFirst() {
        let derived = [Actor(id: "ivan-petrov", name: "Ivan Petrov", kind: .person, roles: [], aliases: [], mentions: 1, quotes: 0, articles: ["a"])]
        let entry = ActorEntry(id: "ivan-petrov", name: "Ivan Petrov Jr", sourcePath: "content/actors/ivan-petrov.md")
        let result = EditorialMerge.apply([entry], to: derived)
        #expect(result.actors.map(\.id) == ["ivan-petrov", "ivan-petrov-2"])
        #expect(result.actors.first?.name == "Ivan Petrov Jr")
        #expect(result.actors.first?.mentions == 0)
        #expect(result.ids["ivan-petrov"] == "ivan-petrov-2")
    }
}
