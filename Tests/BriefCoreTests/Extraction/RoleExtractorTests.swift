import Testing
@testable import BriefCore

@Suite struct RoleExtractorTests {
    private func roles(_ text: String) -> [StatedRole] {
        ArticleAnalyzer.analyze(paragraphs: [text]).roles
    }

    @Test func premodifierWithDemonym() {
        let r = roles("Brazilian President Ana Sorel arrived.")
        #expect(r.count == 1)
        #expect(r.first?.title == "President")
        #expect(r.first?.affiliation == "Brazil")
        #expect(r.first?.text == "Brazilian President")
    }

    @Test func anImaginedOrChantedTitleIsNoRole() {
        #expect(roles("Voters wonder what a President Ana Sorel would do.").isEmpty)
        #expect(roles("The crowd cheered for “President Ana Sorel” all night.").isEmpty)
        #expect(roles("Aides of would-be president Ana Sorel met.").isEmpty)
        #expect(roles("Aides of President Ana Sorel met.").count == 1)
    }

    @Test func premodifierWithOrganisation() {
        let r = roles("Interior Ministry spokesman Ivo Dask declined to comment.")
        #expect(r.first?.title == "spokesman")
        #expect(r.first?.affiliation == "Interior Ministry")
        #expect(r.first?.text == "Interior Ministry spokesman")
    }

    @Test func twoWordDemonymAndCountryPrefix() {
        #expect(roles("South Korean Foreign Minister Park Min-ho spoke.").first?.affiliation == "South Korea")
        let us = roles("U.S. Secretary Dana Whitlow spoke.").first
        #expect(us?.affiliation == "United States")
        #expect(us?.title == "Secretary")
    }

    @Test func appositive() {
        let r = roles("Lena Ostrova, the ministry’s spokeswoman, said nothing.")
        #expect(r.first?.title == "spokeswoman")
        #expect(r.first?.affiliation == "ministry")
        #expect(r.first?.text == "the ministry’s spokeswoman")
        let s = roles("Tom Reyes, a spokesman for the Harbor Authority, declined.")
        #expect(s.first?.title == "spokesman")
        #expect(s.first?.affiliation == "Harbor Authority")
    }

    @Test func aKnownOrganisationOrPlaceBeforeTheTitleIsItsAffiliation() {
        let fbi = roles("FBI Director Dana Whitlow testified.").first
        #expect(fbi?.text == "FBI Director")
        #expect(fbi?.affiliation == "FBI")
        #expect(fbi?.title == "Director")
        let mayor = roles("Former New York Mayor Ana Sorel spoke.").first
        #expect(mayor?.text == "Former New York Mayor")
        #expect(mayor?.affiliation == "New York")
        #expect(roles("Florida Gov. Ana Sorel spoke.").first?.text == "Florida Gov.")
    }

    @Test func aContractionIsNoPossessiveOwner() {
        // "who’s thinking about running" is a clause, not "who"'s role.
        #expect(roles("Lena Ostrova, who’s thinking about running for president, said nothing.").isEmpty)
        #expect(roles("Lena Ostrova, the ministry’s spokeswoman, said nothing.").count == 1)
    }
}
