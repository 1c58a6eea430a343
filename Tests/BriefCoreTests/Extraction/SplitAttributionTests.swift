import Testing
@testable import BriefCore
@testable import BriefEvaluation

/// The attribution records of `text` as (text, speaker, direct), the shape the gold corpora compare.
private func records(_ text: String) -> [(text: String, speaker: String?, direct: Bool)] {
    DocumentAnalyzer.analyze(AnalysisInput(id: "t", date: nil, text: text)).quotes.map { ($0.span.text(in: text), $0.speaker, $0.direct) }
}

/// A quoted fragment after a second verb of the speaker ("praised A and said B “…”") belongs to the
/// second verb's clause; the first verb's object is a statement of its own. Sentences written for these tests.
@Suite struct FragmentAfterSecondVerbTests {
    @Test func theFragmentOpensAfterTheNearerVerb() {
        let found = records("Helen Marsh praised the new ferry schedule and said the harbor could \"do far better\" next year.")
        #expect(found.map(\.text) == ["the new ferry schedule", "the harbor could \"do far better\" next year"])
        #expect(found.allSatisfy { $0.speaker == "Helen Marsh" && !$0.direct })
    }

    @Test func aBaseFormAfterAndStaysInTheClause() {
        // "tell" continues the reported clause ("he'd … and tell"), it is no second verb of the speaker.
        let found = records("Oskar Lind says he would call the builder and tell him \"no more delays\" on the bridge.")
        #expect(!found.map(\.text).contains("him \"no more delays\" on the bridge"))
    }

    @Test func theFirstClauseLeavesOutTheVerbBeforeTheQuotation() {
        let found = records("Mayor Ida Holm said she thinks the report should be published but said \"the timing matters.\"")
        #expect(found.map(\.text).contains("she thinks the report should be published"))
    }
}

/// A quoted fragment's reported clause ends where the reported-speech finder ends a clause: before a
/// second subject's statement after the quotation (", but she warned …", ", while others said …").
@Suite struct FragmentClauseEndTests {
    @Test func theClauseEndsBeforeASecondStatementOfAPronoun() {
        let found = records("Minister Ada Brun said the talks remained \"open and constructive,\" but she also warned the neighbors against new tariffs.")
        #expect(found.map(\.text) == ["the talks remained \"open and constructive,\"", "the neighbors against new tariffs"])
        #expect(found.map(\.speaker) == ["Minister Ada Brun", "she"])
    }

    @Test func withoutASecondStatementTheClauseRunsToTheEnd() {
        let found = records("Minister Ada Brun said the talks remained \"open and constructive\" for most of the week.")
        #expect(found.map(\.text) == ["the talks remained \"open and constructive\" for most of the week"])
    }
}

/// A second speaker inside a reported clause: after an auxiliary ("others have said"), or with a verb
/// of stance after ";", ", and", "but", "while" or "whereas"; not after a bare "and" joining two subjects.
@Suite struct SecondSpeakerStanceTests {
    @Test func aSecondSpeakerAfterAnAuxiliary() {
        let found = reportedStatements(in: "Many local leaders have said they will not attend the meeting and others have said they are not interested in speaking.")
        #expect(found.map(\.text) == ["they will not attend the meeting", "they are not interested in speaking"])
        #expect(found.map(\.speaker) == ["Many local leaders", "others"])
    }

    @Test func aSecondSpeakerWithAVerbOfStance() {
        let found = reportedStatements(in: "Ivo Dahl backed the harbor plan, while the mayor has threatened to veto it.")
        #expect(found.map(\.text) == ["the harbor plan", "to veto it"])
        #expect(found.map(\.speaker) == ["Ivo Dahl", "the mayor"])
        let accused = reportedStatements(in: "Lena Varga said the levy was fair, and residents accused the council of hiding its costs.")
        #expect(accused.map(\.speaker) == ["Lena Varga", "residents"])
    }

    @Test func twoSubjectsJoinedByAndAreOneClause() {
        let found = reportedStatements(in: "Lena Varga said her own surveys and other research show that voters want the ferry back.")
        #expect(found.first?.text == "her own surveys and other research show that voters want the ferry back")
        #expect(found.first?.speaker == "Lena Varga")
    }
}

/// A participle of saying after "while" or "but" reports a second clause of the same subject
/// (", while acknowledging that …", "but insisting that …"); other participles stay in the clause.
@Suite struct SecondParticipleTests {
    @Test func aParticipleAfterWhileIsASecondStatement() {
        let found = reportedStatements(in: "The harbor board has vowed to win back the town's trust, while acknowledging that this will take years.")
        #expect(found.map(\.text) == ["to win back the town's trust", "this will take years"])
        #expect(found.allSatisfy { $0.speaker == "The harbor board" })
    }

    @Test func aParticipleAfterBut() {
        let found = reportedStatements(in: "Ivo Dahl described the ferry plan as bold but insisting that the costs would rise.")
        #expect(found.map(\.text).contains("the costs would rise"))
    }

    @Test func aParticipleOfNoSayingStaysInTheClause() {
        let found = reportedStatements(in: "Ivo Dahl praised the ferry plan while campaigning in the north.")
        #expect(found.map(\.text) == ["the ferry plan while campaigning in the north"])
    }
}

/// A relative clause with a speaker of its own after a reported clause (", which the auditors said
/// was flawed") is a second statement, of that speaker; a relative clause without one stays in the clause.
@Suite struct RelativeSpeakerTests {
    @Test func aRelativeClauseWithItsOwnSpeaker() {
        let found = reportedStatements(in: "The mayor criticized the harbor budget, which the auditors said was badly flawed.")
        // The second statement starts at "which", which stands for part of what was said (RelativeOpening).
        #expect(found.map(\.text) == ["the harbor budget", "which the auditors said was badly flawed"])
        #expect(found.map(\.speaker) == ["The mayor", "the auditors"])
    }

    @Test func aVerbOfBelievingInTheRelativeClause() {
        let found = reportedStatements(in: "Ivo Dahl criticized the harbor budget, which he believes will fail the town.")
        #expect(found.map(\.text) == ["the harbor budget", "which he believes will fail the town"])
    }

    @Test func aRelativeClauseWithoutASpeakerStays() {
        let found = reportedStatements(in: "Ivo Dahl praised the new library, which opened in May.")
        #expect(found.map(\.text) == ["the new library, which opened in May"])
    }
}

/// A second verb of the same subject reports its object too: a verb of stance with a pronoun object
/// ("and urged him to …"), a verb of communication that reports only as a second verb ("and challenged
/// its chair to …"), and a second verb after a one-word first object ("claimed momentum and argued …").
@Suite struct SecondVerbObjectTests {
    @Test func aStanceVerbWithAPronounObject() {
        let found = reportedStatements(in: "The tenants criticized the landlord, and urged him to resign.")
        #expect(found.map(\.text) == ["the landlord", "him to resign"])
        #expect(found.allSatisfy { $0.speaker == "The tenants" })
    }

    @Test func aVerbOfCommunicationAsTheSecondVerb() {
        let found = reportedStatements(in: "Mira Olsen criticized the council and challenged its chair to a public debate.")
        #expect(found.map(\.text) == ["the council", "its chair to a public debate"])
    }

    @Test func aOneWordObjectBeforeTheSecondVerb() {
        let found = reportedStatements(in: "Mira Olsen claimed momentum and argued she is the stronger candidate.")
        #expect(found.map(\.text) == ["momentum", "she is the stronger candidate"])
    }

    @Test func aSecondVerbOfNoSayingStaysInTheClause() {
        let found = reportedStatements(in: "Mira Olsen praised the plan and went back to her office.")
        #expect(found.map(\.text) == ["the plan and went back to her office"])
    }
}

/// A quoted fragment after a second verb of stance ("and accused him of “…”") belongs to that verb's clause.
@Suite struct FragmentAfterStanceVerbTests {
    @Test func theFragmentOpensAfterTheVerbOfStance() {
        let found = records("Mira Olsen criticized the mayor and accused him of \"wasting the harbor fund.\"")
        #expect(found.map(\.text).contains("him of \"wasting the harbor fund.\""))
        #expect(found.allSatisfy { $0.speaker == "Mira Olsen" })
    }
}
