import Testing
@testable import BriefCore

/// How far the speaker's phrase runs left of the name: over "of", "for", "and" and a title set off by a comma.
@Suite struct SpeakerExtentLeftTests {
    private func phrases(_ paragraphs: [String]) -> [String?] {
        ArticleAnalyzer.analyze(paragraphs: paragraphs).quotes.filter { !$0.isScareQuote }.map(\.speakerPhrase)
    }

    @Test func ofAfterATitleOrAQuantityJoinsThePhrase() {
        #expect(phrases(["“The border stays closed,” said Former Secretary of State Ilse Varga."]) == ["Former Secretary of State Ilse Varga"])
        #expect(ArticleAnalyzer.analyze(paragraphs: ["About 60 percent of Ashford voters said the tax was fair."]).reported.map(\.speakerPhrase)
                == ["60 percent of Ashford voters"])
    }

    @Test func aTitleHeadBeforeForJoinsThePhrase() {
        #expect(phrases(["“We had no warning,” a producer for Harbor Studios said."]) == ["a producer for Harbor Studios"])
    }

    @Test func aConjunctOpeningTheSentenceJoinsThePhrase() {
        #expect(phrases(["Aldo Brink and Nora Feld said the vote was “a turning point.”"]) == ["Aldo Brink and Nora Feld"])
        #expect(phrases(["The mayor thanked Ashford, Dunmore and Nora Feld said the vote was “a turning point.”"]) != ["Ashford, Dunmore and Nora Feld"])
    }

    @Test func aTitleSetOffBeforeTheNameJoinsThePhrase() {
        #expect(phrases(["The party chairman, Tomas Reil, said: “We will count every vote.”"]) == ["The party chairman, Tomas Reil"])
        #expect(phrases(["First, Tomas Reil said: “We will count every vote.”"]) == ["Tomas Reil"])
    }

    @Test func aDescribedConjunctAfterADatelineJoinsThePhrase() {
        #expect(phrases(["ASHFORD (AP) — Harbor union boss Aldo Brink and Nora Feld said the deal was “a turning point.”"])
                == ["Harbor union boss Aldo Brink and Nora Feld"])
        #expect(phrases(["The board met and Nora Feld said the deal was “a turning point.”"]) == ["Nora Feld"])
        #expect(phrases(["The board backed Ames and Nora Feld said the deal was “a turning point.”"]) == ["Nora Feld"])
    }

    @Test func aPrepositionInsideANameOrAfterADocumentJoinsThePhrase() {
        #expect(ArticleAnalyzer.analyze(paragraphs: ["A report by the Ashford Tenants Union said the rents were too high."]).reported.map(\.speakerPhrase)
                == ["A report by the Ashford Tenants Union"])
        #expect(ArticleAnalyzer.analyze(paragraphs: ["The Council on Public Housing said the rents were too high."]).reported.map(\.speakerPhrase)
                == ["The Council on Public Housing"])
    }
}
