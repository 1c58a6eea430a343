import Testing
@testable import BriefCore

/// The rules that find where the object of a verb of stance starts (``StanceObjectRules``), called
/// directly on sentences written for these tests.
@Suite struct StanceObjectRulesTests {
    /// The first word of the object `rule` finds after the verb `verb` of `text`, or nil.
    private func object(_ rule: any ObjectStartRule, verb: String, in text: String) -> String? {
        let paragraphs = [ParagraphText(number: 1, text: text)]
        let linked = MentionLinker.link(paragraphs.map(NameRecognizer.candidates(in:)), paragraphs: paragraphs, byline: nil)
        let finder = ReportedSpeechFinder(paragraphs: paragraphs, linked: linked, quotes: [])
        let p = paragraphs[0]
        guard let v = p.tokens.firstIndex(where: { $0.lower == verb }), let start = rule.start(ofVerb: v, p, finder) else { return nil }
        return p.tokens[start].text
    }

    @Test func theRulesAreTriedInTheListedOrder() {
        #expect(StanceObjectRules.all.map(\.name) == ["stance", "regarded-as", "asked-to", "made-clear"])
    }

    @Test func aVerbOfStanceTakesItsObject() {
        #expect(object(VerbOfStanceObject(), verb: "praised", in: "Ada Moss praised the new bridge over the river.") == "the")
        #expect(object(VerbOfStanceObject(), verb: "said", in: "Ada Moss said the new bridge would open.") == nil)
    }

    @Test func aVerbOfRegardingTakesTheObjectBeforeAs() {
        #expect(object(RegardedAsObject(), verb: "see", in: "Most voters see the race as close.") == "the")
        #expect(object(RegardedAsObject(), verb: "see", in: "Most voters see the race.") == nil)
    }

    @Test func aRequestTakesThePersonAsked() {
        #expect(object(AskedToObject(), verb: "asked", in: "Ada Moss asked voters to stay home on Sunday.") == "voters")
        #expect(object(AskedToObject(), verb: "asked", in: "Ada Moss was asked to stay home on Sunday.") == nil)
    }

    @Test func madeClearTakesTheClauseAfterIt() {
        #expect(object(MadeClearObject(), verb: "made", in: "The mayor made it clear she would not run again.") == "she")
        #expect(object(MadeClearObject(), verb: "made", in: "The mayor made a cake for the fair.") == nil)
    }
}
