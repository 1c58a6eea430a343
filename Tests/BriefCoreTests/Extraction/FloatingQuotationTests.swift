import Testing
@testable import BriefCore

/// A paragraph that is all quotation goes on in the voice that ends the paragraph before it.
@Suite struct FloatingQuotationTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { SpeakerTestSupport.speakers(paragraphs) }

    @Test func aQuotedParagraphAfterAReportedStatementIsTheSameVoice() {
        let found = speakers(["Tim Marek says there are many reasons for the delays.",
                              "“The emergency department cares for the sickest first.”"])
        #expect(found == ["Tim Marek"])
        let quote = ArticleAnalyzer.analyze(paragraphs: ["Tim Marek says there are many reasons for the delays.",
                                                         "“The emergency department cares for the sickest first.”"]).quotes[0]
        #expect(quote.attribution == .inferred)
    }

    @Test func aRunOfQuotedParagraphsKeepsTheVoice() {
        #expect(speakers(["Dr. Ilse Varga says the drugs are meant to be taken only for a short time.",
                          "“Too many patients take them for years.”", "“That is where the danger lies.”"]) == ["Ilse Varga", "Ilse Varga"])
    }

    @Test func layoutLinesBetweenDoNotBreakTheVoice() {
        #expect(speakers(["Tim Marek says the system is designed for that to happen.", "Story continues below advertisement",
                          "“We move ambulances around as we go.”"]) == ["Tim Marek"])
    }

    @Test func theReportersSentenceAfterTheStatementBreaksTheVoice() {
        #expect(speakers(["Tim Marek says the system is designed for that. The union disagrees with the count.",
                          "“We move ambulances around as we go.”"]) == [nil])
    }

    @Test func anUnattributedQuotationBreaksTheChain() {
        #expect(speakers(["Tim Marek says the system works. Critics call it “a failure from the start of the year.”",
                          "“We move ambulances around as we go.”"]).last == .some(nil))
    }

    @Test func anOrganisationsStatementIsNoVoiceToContinue() {
        #expect(speakers(["The Interior Ministry said the border would stay closed.", "“We will not reopen it this year.”"]) == [nil])
    }

    @Test func aQuotationWithWordsOfTheReporterAfterItIsNotFloating() {
        #expect(speakers(["Tim Marek says the system works.", "“We move ambulances around,” the union replied in a letter on Monday."]).first != "Tim Marek")
    }
}

/// A name set off by commas after a title that ends in an organisation is the speaker, not the organisation.
@Suite struct SetOffNameTests {
    @Test func theNameAfterTheTitleSpeaksNotTheOrganisation() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["But the director of provincial operations for EHS, Jeff Varga, says the system is designed for that."])
        #expect(a.reported.first.flatMap { $0.speakerEntity }.map { a.entities[$0].name } == "Jeff Varga")
    }
}
