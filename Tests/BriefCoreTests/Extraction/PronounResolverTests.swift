import Testing
@testable import BriefCore

@Suite struct PronounResolverTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { SpeakerTestSupport.speakers(paragraphs) }

    @Test func prefersTheSubjectOfThePreviousSentence() {
        #expect(speakers(["Ahead of the vote, Ilse Varga told a radio station that Tomas Reil was wrong. “We will win,” she said."]) == ["Ilse Varga"])
    }

    @Test func genderMustAgree() {
        #expect(speakers(["Mrs. Varga met Mr. Reil.", "“It went well,” he said."]) == ["Reil"])
    }

    @Test func namesInsideQuotationsAreNotAntecedents() {
        #expect(speakers(["Ilse Varga spoke first.", "“Ask Tomas Reil,” she said. “Then ask me,” she added."]) == ["Ilse Varga", "Ilse Varga"])
    }

    @Test func theyIsNotResolved() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Ilse Varga and Tomas Reil met.", "“We agree,” they said."])
        #expect(a.quotes[0].speakerEntity == nil)
        #expect(a.quotes[0].speakerText == "they")
    }

    @Test func aNearerObjectCompetesEvenWithTheLastSpeaker() {
        // Marek is named nearer than Reil, who spoke: no one is credited rather than the wrong one.
        #expect(speakers(["Tomas Reil said the mill gave the town work.", "It was run for years by the family of Jon Marek.",
                          "“They brought a lot of jobs,” he said."]) == [nil])
        // Within one sentence the subject wins over the object.
        #expect(speakers(["Tomas Reil told a magazine that the plan might not deter Jon Marek.",
                          "“We need an alliance,” he said."]) == ["Tomas Reil"])
    }

    @Test func anAmbiguousNameCompetes() {
        // "Kell" could be either Kell: the nearer object Reil must not take the quotation.
        #expect(speakers(["Anna Kell and Ben Kell spoke.", "Kell said he was ready to meet Tomas Reil.",
                          "“We may seek another path,” he warned."]) == [nil])
    }

    @Test func aNearerPersonWhoIsNotTheSubjectCompetes() {
        // Reil acts and never speaks; Marek, named nearer, is neither subject nor speaker: no one is credited.
        #expect(speakers(["Tomas Reil has a long career.", "The mill was sold to the family of Jon Marek last year.",
                          "“It was a hard time,” he said."]) == [nil])
    }

    @Test func aSubjectWhoDoesNotSpeakCompetesWithTheLastSpeaker() {
        #expect(speakers(["Jon Marek runs the mill.", "“We will appeal,” said Tomas Reil.", "Down the street, Marek cheered with a crowd.",
                          "“No deal is the only deal,” he said."]) == ["Tomas Reil", nil])
    }

    @Test func aSubjectIntroducedJustBeforeIsWhoTheStoryTurnsTo() {
        #expect(speakers(["“We will appeal,” said Tomas Reil.", "Down the street, Jon Marek cheered with a crowd.",
                          "“No deal is the only deal,” he said."]) == ["Tomas Reil", "Jon Marek"])
    }

    @Test func peopleInAPhotoCaptionAreNotAntecedents() {
        #expect(speakers(["Tomas Reil has written about the porters for years.",
                          "Jon Marek, a retired porter, looks at a display of photos. ( THE DAILY POST FILE PHOTO )",
                          "“These men were smart enough to go to the capital,” he says."]) == ["Tomas Reil"])
        #expect(PhotoCaption.isCaption(Tokenizer.tokenize("Ryan Hale / The Daily Post Jon Marek, right, greets the crowd.")))
        #expect(!PhotoCaption.isCaption(Tokenizer.tokenize("Jon Marek turned right, then left the room (he was tired).")))
    }

    @Test func aPronounThatSpokeKeepsItsPersonThroughTheNamesTold() {
        // "He said" stands for Reil, so Marek, told about in the same sentence, no longer competes.
        #expect(speakers(["Tomas Reil said the mill gave the town work.", "He said it was run for years by the family of Jon Marek.",
                          "“They brought a lot of jobs,” he said."]).last == "Tomas Reil")
    }

    @Test func aPronounIsNotThePersonItsClauseNames() {
        // Marek asked, so Marek is the salient subject; but "he told Marek" cannot be Marek.
        #expect(speakers(["Jon Marek asked Tomas Reil how long the talks would take.", "“A week at most,” he told Marek."]) == ["Tomas Reil"])
    }

    @Test func aNameGivenToBothIsNeitherHeNorShe() {
        // The census gives "Jan" to men and women alike: "she" may be Jan Brewer.
        #expect(speakers(["Former governor Jan Brewer calls security a priority.", "“It will resonate with all women,” she said."])
                == ["Jan Brewer"])
    }

    @Test func herStatementIsHers() {
        #expect(speakers(["Environment Minister Ilse Varga cancelled the sessions.", "“These reports are deeply concerning,” her statement read."])
                == ["Ilse Varga"])
        // A spokesman is someone else: his words are not hers.
        #expect(speakers(["Environment Minister Ilse Varga cancelled the sessions.", "“These reports are deeply concerning,” her spokesman said."])
                != ["Ilse Varga"])
    }

    @Test func layoutLinesAreNeitherAntecedentsNorDistance() {
        // A link to another story names someone else; it is not part of the story.
        #expect(speakers(["Tomas Reil said the party is not against the plan.", "READ MORE: Jon Marek says the plan is naive",
                          "“We are proud of the plan,” he said."]) == ["Tomas Reil"])
        // Two lines of the page's layout do not push the person out of reach.
        #expect(speakers(["Tomas Reil said he felt weak in July.", "His doctor gave him a new diagnosis.",
                          "Story continues below advertisement", "Story continues below advertisement",
                          "“My blood was basically vinegar,” he said."]) == ["Tomas Reil"])
        #expect(LayoutLine.isLayout(Tokenizer.tokenize("WATCH: Canadians detained in China: Reil")))
        #expect(!LayoutLine.isLayout(Tokenizer.tokenize("Reil: the plan was naive from the start")))
        #expect(!LayoutLine.isLayout(Tokenizer.tokenize("Watch what happens next, he said.")))
    }

    @Test func aNameGivenToWomenAndMenAlikeMaySheSaid() {
        // Lee and Kim are given to both: "she" may be Lee Marek, the subject just named.
        #expect(speakers(["Ilse Varga, an obesity doctor, said the rules are sound.", "Lee Marek, a health manager, said she is unsure.",
                          "“We will still encourage it,” she said."]) == ["Lee Marek"])
    }

    @Test func aSpeakerInAnOpeningSubordinateClauseIsNotWhoTheStoryFollows() {
        // Reil is the spokesman; Marek only tweeted inside "Although …": "he said" is not Marek's.
        let found = speakers(["University spokesman Tomas Reil said the school received 3,000 votes.",
                              "Although Jon Marek has tweeted about the list, the entry is no statement.",
                              "“I can read a political nomination when I see it,” he said."])
        #expect(found.count == 1 && found[0] != "Jon Marek")
    }

    @Test func photoCreditsAreNotAntecedents() {
        #expect(speakers(["Ilse Varga spoke at the plant on Monday.", "Jon Marek / The Daily Post",
                          "“It is a good day,” she said."]) == ["Ilse Varga"])
        #expect(speakers(["Tomas Reil spoke at the plant on Monday. (Jon Marek/The Daily Post)",
                          "“It is a good day,” he said."]) == ["Tomas Reil"])
    }
}

/// A description binds to the one person whose stated title it is.
@Suite struct DescriptionSpeakerTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { SpeakerTestSupport.speakers(paragraphs) }

    @Test func theTitleNamesItsHolder() {
        #expect(speakers(["Prime Minister Ilse Varga met Immigration Minister Tomas Reil on Monday.",
                          "“We will act,” the prime minister said."]) == ["Ilse Varga"])
    }

    @Test func anIndefiniteDescriptionIsSomeoneUnnamed() {
        #expect(speakers(["Chief strategist Ilse Varga spoke first.", "“We are confident,” a chief strategist said."]) == [nil])
    }
}
