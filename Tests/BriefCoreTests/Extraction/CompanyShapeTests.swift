import Testing
@testable import BriefCore

/// A one-word name written as companies write theirs is an organisation.
@Suite struct CompanyShapeTests {
    @Test func camelCaseAndAcronymPartsAreCompanies() {
        #expect(CompanyShape.isCompanyName("TechCrunch"))
        #expect(CompanyShape.isCompanyName("GroupM"))
        #expect(CompanyShape.isCompanyName("SNC-Lavalin"))
    }

    @Test func surnamesWithACapitalInsideArePeople() {
        for name in ["McCain", "LeBlanc", "DeSantis", "MacArthur", "DiCaprio", "Varga", "Smith-Jones", "O'Brien"] {
            #expect(!CompanyShape.isCompanyName(name), "\(name)")
        }
    }

    @Test func aCompanyThatReportsIsTheSpeaker() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Late Tuesday, TechCrunch reported that the firm paid teens to install an app."])
        #expect(a.entities.contains { $0.name == "TechCrunch" && $0.kind == .organization })
        #expect(a.reported.first.flatMap { $0.speakerEntity.map { a.entities[$0].name } } == "TechCrunch")
    }
}
