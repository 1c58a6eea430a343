import Testing
@testable import BriefCore

/// An unattributed quotation right after a sentence whose subject is one person, and who is the only
/// person it names, is that person's, as an inference.
@Suite struct SubjectVoiceTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { SpeakerTestSupport.speakers(paragraphs) }

    @Test func aQuotationAfterASentenceAboutAPersonIsTheirs() {
        let text = ["The dance company invited Tim Marek back this year. Tim Marek did not need much coaxing. “I’m thankful for the invitation.”"]
        #expect(speakers(text) == ["Tim Marek"])
        #expect(ArticleAnalyzer.analyze(paragraphs: text).quotes[0].attribution == .inferred)
    }

    @Test func theSentenceMayEndThePreviousParagraphAndOpenWithAPhrase() {
        #expect(speakers(["At 25 years old, Tim Marek was diagnosed with Crohn’s disease.", "“My condition is getting worse.”"]) == ["Tim Marek"])
    }

    @Test func aPronounSubjectStandsForThePersonItIsResolvedTo() {
        #expect(speakers(["Prime Minister Ada Moss lost the vote on Tuesday. She promised to meet the other leaders.",
                          "“I have always believed in a deal.”"]) == ["Ada Moss"])
    }

    @Test func aSentenceNamingTwoPeopleLeavesItUnattributed() {
        #expect(speakers(["Tim Marek met Ada Moss on Friday.", "“It went well.”"]) == [nil])
    }

    @Test func aPossessiveIsNoSubject() {
        #expect(speakers(["Tim Marek's lawyer filed the papers on Monday.", "“We will appeal.”"]) == [nil])
    }

    @Test func aSentenceInsideAnOpenQuotationIsNotAboutItsSubject() {
        let found = speakers(["Senator Ada Moss spoke first.", "“The state has no business here. Tim Marek should resign.",
                              "“The Senate was meant to guard the states.”"])
        #expect(!found.contains("Tim Marek"))
    }

    @Test func aQuotationThatIsNotAWholeSentenceIsNotCredited() {
        #expect(speakers(["Tim Marek did not need much coaxing.", "“Thankful,” the program notes read in large letters."]).first != "Tim Marek")
    }
}
