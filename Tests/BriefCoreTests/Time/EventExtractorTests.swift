import Testing
@testable import BriefCore

@Suite struct EventExtractorTests {
    private let anchor = TimexTestSupport.day(2025, 9, 3)

    @Test func eventsCarryDateActorsAndSource() {
        let text = "The mayor will open the new bridge on September 10. The council approved it last month."
        let mentions = [ActorMention(paragraph: 2, span: ByteSpan(start: 4, end: 9), actorID: "mayor"),
                        ActorMention(paragraph: 2, span: ByteSpan(start: 57, end: 64), actorID: "council")]
        let analysis = ArticleTemporalAnalysis(paragraphs: ["Nothing dated here.", text], date: anchor,
                                               slug: "bridge", path: "content/articles/bridge.txt", mentions: mentions)
        #expect(analysis.events.count == 2)
        let opening = analysis.events[0]
        #expect(opening.date.description == "2025-09-10")
        #expect(opening.scheduled)
        #expect(opening.actors == ["mayor"])
        #expect(opening.sources == [EventSource(article: "bridge", paragraph: 2)])
        #expect(opening.text == "The mayor will open the new bridge on September 10.")
        let approval = analysis.events[1]
        #expect(approval.date.description == "2025-08")
        #expect(!approval.scheduled)
        #expect(approval.actors == ["council"])
        #expect(analysis.diagnostics.isEmpty)
    }

    @Test func aNumberWithCommasIsNotCutAtThem() {
        let sentence = "Across the country and in every one of its provinces and territories, health officials counted "
            + "2,833 opioid-related deaths in 2016, and 25,000 people were treated in hospitals for an overdose."
        let events = ArticleTemporalAnalysis(paragraphs: [sentence], date: anchor, slug: "deaths", path: "deaths.txt").events
        #expect(events.count == 1)
        #expect(events.first?.text.contains("2,833 opioid-related deaths in 2016") == true)
    }

    @Test func aPhraseOfTimeBeforeTheMainClauseKeepsTheClause() {
        let sentence = "On Tuesday night, in a classified room in the Capitol, a group of senators on the oversight committee "
            + "questioned the agency’s director about the handling of the classified files and emails, according to two people who were there."
        let events = ArticleTemporalAnalysis(paragraphs: [sentence], date: anchor, slug: "files", path: "files.txt").events
        #expect(events.count == 1)
        #expect(events.first?.text.contains("a group of senators on the oversight committee questioned") == true)
    }

    @Test func aRelativeClauseKeepsTheWordsItDescribes() {
        let sentence = "Ties between the two neighbours, which had frayed badly as the northern government stepped up its long-range weapons "
            + "tests and its many threats against the south up to late 2017, seem to have warmed again in recent weeks."
        let events = ArticleTemporalAnalysis(paragraphs: [sentence], date: anchor, slug: "ties", path: "ties.txt").events
        #expect(events.first?.text.hasPrefix("Ties between the two neighbours, which had frayed") == true)
    }

    @Test func durationsAreNotEvents() {
        let analysis = ArticleTemporalAnalysis(paragraphs: ["They fought a two-year war and talked for three weeks."],
                                               date: anchor, slug: "war", path: "war.txt")
        #expect(analysis.paragraphs[0].timexes.count == 2)
        #expect(analysis.events.isEmpty)
    }

    @Test func longSentencesAreCutToTheClause() {
        let sentence = "After months of delays and repeated objections from several neighbouring councils and residents, "
            + "the regional authority will finally open the ring road on October 1, officials said in a statement on the project."
        let events = ArticleTemporalAnalysis(paragraphs: [sentence], date: anchor, slug: "road", path: "road.txt").events
        #expect(events.count == 1)
        #expect(events[0].text.hasPrefix("The regional authority will finally open the ring road on October 1"))
    }

    @Test func undatedArticleWarnsNamingTheFile() {
        let analysis = ArticleTemporalAnalysis(paragraphs: ["The summit opens on Monday."], date: nil,
                                               slug: "summit", path: "content/articles/summit.txt")
        #expect(analysis.unresolved.count == 1)
        #expect(analysis.events.isEmpty)
        #expect(analysis.diagnostics.count == 1)
        #expect(analysis.diagnostics[0].severity == .warning)
        #expect(analysis.diagnostics[0].file == "content/articles/summit.txt")
    }
}
