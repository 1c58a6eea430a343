import Testing
@testable import BriefCore

/// The rules of reported speech called directly, one by one, on sentences written for these tests:
/// the order of ``StatementRules/main`` is the order `find` tries them, and the first that matches
/// gives the sentence's statement and its provenance.
@Suite struct StatementRulesTests {
    /// The first sentence of `text` as the rules read it, prepared as ``ArticleAnalyzer`` prepares it.
    private func sentence(_ text: String) -> SentenceView {
        let paragraphs = [ParagraphText(number: 1, text: text)]
        var linked = MentionLinker.link(paragraphs.map(NameRecognizer.candidates(in:)), paragraphs: paragraphs, byline: nil)
        linked.spokenPronouns = SpokenPronoun.resolveAll(linked: linked, paragraphs: paragraphs)
        let quotes = QuoteAssembler(paragraphs: paragraphs, linked: linked).quotations()
        let finder = ReportedSpeechFinder(paragraphs: paragraphs, linked: linked, quotes: quotes)
        let range = paragraphs[0].sentences[0]
        return SentenceView(finder: finder, sentence: range, end: finder.trimmedEnd(range, paragraphs[0]), p: paragraphs[0],
                            a: Attributor.make(paragraph: 0, paragraphs: paragraphs, linked: linked))
    }

    /// The ids of the rules of ``StatementRules/main`` that match the first sentence of `text`, in list order.
    private func matching(_ text: String) -> [RuleID] {
        let view = sentence(text)
        return StatementRules.main.filter { $0.match(view) != nil }.map(\.id)
    }

    @Test func theMainRulesAreTriedInTheListedOrder() {
        #expect(StatementRules.main.map(\.id) == [
            .statementAccordingTo, .statementAccordingToLongSource, .statementAsSourceNoted, .statementAccordingToInside,
            .statementClauseThenSpeaker, .statementClauseThenSpeakerPhrase, .statementTrailingTeller, .statementSaidNameAppositive,
            .statementSpeakerVerb, .statementPollShare, .statementLabel,
        ])
        #expect(StatementRules.main.allSatisfy { $0.summary == $0.id.summary })
    }

    @Test func eachRuleRecognisesItsPattern() {
        #expect(matching("According to the mayor, the bridge will open in the spring.").first == .statementAccordingTo)
        #expect(matching("As the paper reported, the vote on the bridge was close.").first == .statementAsSourceNoted)
        #expect(matching("The channel is far too shallow for the ships, Tomas Reil said.").first == .statementClauseThenSpeaker)
        #expect(matching("The channel is far too shallow, Tomas Reil told reporters.").contains(.statementTrailingTeller))
        #expect(matching("Tomas Reil said the channel would be dredged before the summer.").first == .statementSpeakerVerb)
        #expect(matching("The harbour was quiet on Monday morning.").isEmpty)
    }

    @Test func theFirstMatchIsTheStatementAndItsProvenance() throws {
        let text = "The channel is far too shallow for the ships, Tomas Reil said."
        let view = sentence(text)
        let found = try #require(view.finder.find(in: view.sentence, view.p, view.a))
        #expect(found.rule == matching(text).first)
        #expect(view.p.text(of: found.clause) == "The channel is far too shallow for the ships")
        let statement = try #require(ArticleAnalyzer.analyze(paragraphs: [text]).reported.first)
        #expect(statement.provenance.found == .statementClauseThenSpeaker)
        #expect(statement.provenance.binding == .resolveName)
    }
}
