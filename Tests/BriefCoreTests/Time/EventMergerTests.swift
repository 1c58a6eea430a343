import Testing
@testable import BriefCore

@Suite struct EventMergerTests {
    private func event(_ date: String, _ text: String, _ actors: [String], _ slug: String, _ paragraph: Int) -> TimelineEvent {
        TimelineEvent(date: TimexValue(timeML: date), text: text, expression: date, scheduled: false, actors: actors,
                      sources: [EventSource(article: slug, paragraph: paragraph)])
    }

    @Test func sameEventFromTwoArticlesIsMerged() {
        let timeline = EventMerger.timeline([
            event("2025-09-04", "Leaders will meet in Paris for a security summit.", ["macron"], "a", 3),
            event("2025-09-04", "The Paris security summit brings leaders together.", ["macron"], "b", 1),
        ])
        #expect(timeline.count == 1)
        #expect(timeline[0].sources == [EventSource(article: "a", paragraph: 3), EventSource(article: "b", paragraph: 1)])
    }

    @Test func differentActorsOrWordsStayApart() {
        let timeline = EventMerger.timeline([
            event("2025-09-04", "Leaders will meet in Paris for a security summit.", ["macron"], "a", 3),
            event("2025-09-04", "Leaders will meet in Paris for a security summit.", ["trump"], "b", 1),
            event("2025-09-04", "Harvest festival opens in the valley.", ["macron"], "c", 2),
        ])
        #expect(timeline.count == 3)
    }

    @Test func sortedByDateThenSourceOrder() {
        let timeline = EventMerger.timeline([
            event("2025-09-04", "Second thing happens.", [], "a", 2),
            event("2025-08", "A month-long strike.", [], "a", 1),
            event("2025-W36", "Weekly talks of leaders.", [], "b", 1),
            event("2025-09-04", "Another event entirely different.", [], "b", 4),
        ])
        #expect(timeline.map(\.date.description) == ["2025-08", "2025-W36", "2025-09-04", "2025-09-04"])
        #expect(timeline[2].sources[0].article == "a")
    }
}
