import Testing
@testable import BriefCore

/// Short names ("Vickers", "Al Rashid", "Hillary") bind within their article only with evidence.
@Suite struct ShortNameBindingTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { SpeakerTestSupport.speakers(paragraphs) }

    @Test func aSurnameBindsToTheFullNamesWrittenBeforeIt() {
        #expect(speakers(["Kevin Dorne, the former envoy, is weighing a run.", "“It is a long haul,” Dorne said.",
                          "Dorne's son, Const. Andrew Dorne, was honoured last year.", "“We are proud,” Dorne said."])
                == ["Kevin Dorne", nil])
    }

    @Test func theEndOfALongNameBindsToIt() {
        #expect(speakers(["Omar Al Rashid came to Halifax in 2016.", "“We can borrow the money,” Al Rashid said."]) == ["Omar Al Rashid"])
    }

    @Test func aGivenNameAloneBindsToTheOnePersonOfThatName() {
        #expect(speakers(["Jordan Pell, 13, made the video with his team.", "“He is such a good coach,” Jordan said."]) == ["Jordan Pell"])
    }

    @Test func aSpeakingWordTheLexiconCallsAnOrganisationIsThePersonOfThatSurname() {
        #expect(speakers(["The choreographer Christopher House returns this week.", "“I always felt it deserved to be longer,” says House."])
                == ["Christopher House"])
    }
}
