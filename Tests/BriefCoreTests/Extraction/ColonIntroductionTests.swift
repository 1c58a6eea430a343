import Testing
@testable import BriefCore

/// A sentence that opens with a person and ends in a colon introduces that person's quotation.
@Suite struct ColonIntroductionTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { SpeakerTestSupport.speakers(paragraphs) }

    @Test func aPersonsSentenceEndingInAColonIntroducesTheQuotation() {
        #expect(speakers(["Dr. Ilse Varga, the addictions doctor on the South Shore, is more blunt: “They are going to uncover things.”"])
                == ["Ilse Varga"])
    }

    @Test func aPronounSubjectIsResolvedAsAnyOther() {
        #expect(speakers(["After the vote, Prime Minister Ada Moss acknowledged the defeat. She was defiant: “I will not resign.”"])
                == ["Ada Moss"])
    }

    @Test func aPossessiveIsNoSubject() {
        #expect(speakers(["Senator Ada Moss's reply came within the hour: “We will not fund it.”"]) == [nil])
    }

    @Test func anotherPersonBeforeTheColonLeavesItUnattributed() {
        #expect(speakers(["Senator Ada Moss keeps a letter from Tim Marek on her desk: “We will not fund it.”"]) == [nil])
    }

    @Test func aRelativeClauseBeforeTheColonLeavesItUnattributed() {
        #expect(speakers(["Senator Ada Moss held up a sign, which read: “No more cuts.”"]) == [nil])
    }
}

/// After an inverted "…, says", a clause with a past verb and its object is what is said, not a speaker.
@Suite struct PastClauseTests {
    @Test func theWordsAfterSaysAreAClauseWhenTheyHoldAPastVerbAndItsObject() {
        let a = ArticleAnalyzer.analyze(paragraphs: [
            "Toronto retiree Tim Marek, who lost 16 lbs. between May and October, says the program changed his life."])
        #expect(a.reported.count == 1)
        #expect(a.reported.first.flatMap { $0.speakerEntity }.map { a.entities[$0].name } == "Tim Marek")
    }

    @Test func aDescriptionWithARelativeClauseIsStillASpeaker() {
        let p = ParagraphText(number: 1, text: "the woman who called the police")
        #expect(!p.holdsPastClause(0..<p.tokens.count))
        let clause = ParagraphText(number: 1, text: "the program changed his life")
        #expect(clause.holdsPastClause(0..<clause.tokens.count))
    }
}

/// A name given as an example of a group, and the agent of a gerund, are not the speaker.
@Suite struct ExampleAndGerundTests {
    private func statementSpeakers(_ paragraphs: [String]) -> [String?] {
        let a = ArticleAnalyzer.analyze(paragraphs: paragraphs)
        return a.reported.map { $0.speakerEntity.map { a.entities[$0].name } }
    }

    @Test func aNameAfterLikeIsAnExampleNotTheSubject() {
        let found = statementSpeakers(["Stanley Marek was a porter for thirty years.",
                                       "Black train porters like Marek recognized that they had to fight for work."])
        #expect(!found.contains("Stanley Marek"))
    }

    @Test func theSubjectIsStillTheSpeakerWithoutTheExample() {
        #expect(statementSpeakers(["Stanley Marek recognized that the porters had to fight for work."]) == ["Stanley Marek"])
    }

    @Test func aParticipleAfterAGerundWithItsOwnAgentIsNotTheSubjects() {
        let found = statementSpeakers(["Wendy Varga remembers him apologizing in court, saying he had never meant to hurt anyone."])
        #expect(!found.contains("Wendy Varga"))
    }
}

/// A part of a quotation chain takes the speaker of the nearest attributed part before it.
@Suite struct ChainSpeakerTests {
    @Test func aSecondHalfAfterItsOwnAttributionIsNotTheOpenQuotationsSpeaker() {
        let a = ArticleAnalyzer.analyze(paragraphs: [
            "Senator Ada Moss wrote that the plan was \"dead and that voters had moved on.",
            "\"I can usually read a political move when I see it,\" he said. \"If I saw one, I would know.\""])
        let last = a.quotes.last.map { a.speakerName(of: $0) }
        #expect(last != .some("Ada Moss"))
    }
}

/// "As X put it: “…”" names whose words the quotation is.
@Suite struct AsPutItTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { SpeakerTestSupport.speakers(paragraphs) }

    @Test func theIdiomNamesTheSpeaker() {
        #expect(speakers(["Senator Ada Moss refused a hearing. As Tim Marek, her deputy, put it: “This nominee will not be confirmed.”"])
                == ["Tim Marek"])
        #expect(speakers(["As Tim Marek puts it, “the nominee is dead on arrival.”"]) == ["Tim Marek"])
    }
}

/// "As X, the No. 2 in the party, put it:" reads the appositive across the number sign.
@Suite struct NumberSignAppositiveTests {
    @Test func theIdiomReadsAcrossNo() {
        #expect(SpeakerTestSupport.speakers(["As Tim Marek, the No. 2 in the party, put it: “This nominee will not be confirmed.”"]) == ["Tim Marek"])
    }
}
