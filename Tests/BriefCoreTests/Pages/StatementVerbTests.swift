import Testing
@testable import BriefCore

/// A statement keeps the words that report it, so that a denial never reads as a claim.
@Suite struct StatementVerbTests {
    private func verbs(_ paragraph: String) -> [String?] {
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: [
            Article(slug: "a", sourcePath: "a.txt", format: .plainText, title: "A", metadata: ArticleMetadata(), byline: nil,
                    paragraphs: [Paragraph(number: 1, text: paragraph)]),
        ])
        return briefing.statements.map(\.verb)
    }

    @Test func theVerbBetweenSpeakerAndWordsIsKept() {
        #expect(verbs("Mayor Ilse Varga denied that the city had sold the land.") == ["denied that"])
    }

    @Test func aTrailingVerbIsKept() {
        #expect(verbs("The city had sold the land, Ilse Varga said.") == ["said"])
    }

    @Test func theVerbIsTheWordsBetween() {
        #expect(StatementText.verb(speaker: ByteSpan(start: 0, end: 4), statement: ByteSpan(start: 27, end: 37),
                                   bytes: Array("Reil warned on Monday that taxes rise.".utf8)) == "warned on Monday that")
        #expect(StatementText.verb(speaker: nil, statement: ByteSpan(start: 0, end: 4), bytes: Array("Reil warned.".utf8)) == nil)
    }
}

/// The role a list shows for an actor: the most stated, current before past.
@Suite struct MainRoleTests {
    private func role(_ text: String, _ article: String) -> Actor.Role {
        Actor.Role(title: text, affiliation: nil, text: text, article: article)
    }

    @Test func theMostStatedOfTheNewestRolesWins() {
        // Newest article first: the latest articles call him a former president.
        let roles = (0..<5).map { role("former President", "new\($0)") } + [role("President", "c"), role("then-Gov.", "d")]
            + (0..<12).map { role("Gov.", "old\($0)") }
        #expect(RoleDisplay.main(roles)?.text == "former President")
        #expect(RoleDisplay.main([role("then-Gov.", "a")])?.text == "then-Gov.")
        #expect(RoleDisplay.main([]) == nil)
    }

    @Test func oneOfficeHoweverWrittenAndFormerWhenAnySaysSo() {
        // "Sen." and "senator" are one office, stated more than "candidate".
        let senator = [role("Senator", "a"), role("candidate", "b"), role("Sen.", "c"), role("Sen.", "d"), role("candidate", "e")]
        #expect(RoleDisplay.main(senator).map(RoleDisplay.label) == "Senator")
        // Bare "President" before a name is written for a former holder too.
        let bush = [role("President", "a"), role("President", "b"), role("former President", "c")]
        #expect(RoleDisplay.main(bush)?.text == "former President")
        #expect(RoleDisplay.label(role("former Gov.", "a")) == "former Governor")
        #expect(RoleDisplay.label(role("Prime Minister", "a")) == "Prime Minister")
        #expect(RoleDisplay.label(role("a nursing home owner", "a")) == "nursing home owner")
        #expect(RoleDisplay.label(role("Former Trump campaign manager", "a")) == "former Trump campaign manager")
        // "the former Florida governor" and "a former Florida governor" are one wording, stated twice.
        let jeb = [role("former Gov.", "a"), role("the former Florida governor", "b"), role("a former Florida governor", "c")]
        #expect(RoleDisplay.main(jeb).map(RoleDisplay.label) == "former Florida governor")
        // "Former" of another office before it: still a senator.
        #expect(!RoleDisplay.isFormer(role("former presidential candidate Sen.", "a")))
        #expect(RoleDisplay.isFormer(role("former campaign manager", "a")))
    }
}
