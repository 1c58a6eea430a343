import Testing
@testable import BriefCore

@Suite struct TimelineJSExportTests {
    static func event(_ date: TimexValue, _ text: String = "Leaders <meet> & talk", scheduled: Bool = false,
                      article: String = "paris", paragraph: Int = 3) -> TimelineEvent {
        TimelineEvent(date: date, text: text, expression: "x", scheduled: scheduled, actors: [],
                      sources: [EventSource(article: article, paragraph: paragraph)])
    }

    static func briefing(_ events: [TimelineEvent], baseURL: String? = nil) -> Briefing {
        let article = Article(slug: "paris", sourcePath: "p.txt", format: .plainText, title: "Summit & after",
                              metadata: ArticleMetadata(date: PublicationDate.parse("2025-09-03")), byline: nil,
                              paragraphs: [Paragraph(number: 1, text: "Lede.")])
        return Briefing(settings: SiteSettings(title: "T", baseURL: baseURL), articles: [article], timeline: events)
    }

    static func compact(_ events: [TimelineEvent], baseURL: String? = nil) -> String {
        TimelineJSExport.json(briefing(events, baseURL: baseURL)).rendered(pretty: false)
    }

    @Test func datesKeepTheirTruePrecision() throws {
        let week = try #require(ISOWeek(year: 2025, week: 36))
        let date = try #require(CalendarDate(year: 2025, month: 9, day: 4))
        #expect(TimelineJSExport.startDate(.day(date))?.rendered(pretty: false) == #"{"year":2025,"month":9,"day":4}"#)
        #expect(TimelineJSExport.startDate(.month(year: 2025, month: 8))?.rendered(pretty: false) == #"{"year":2025,"month":8}"#)
        #expect(TimelineJSExport.startDate(.year(2024))?.rendered(pretty: false) == #"{"year":2024}"#)
        #expect(TimelineJSExport.startDate(.week(week))?.rendered(pretty: false) == #"{"year":2025,"month":9,"day":1}"#)
        #expect(TimelineJSExport.endDate(.week(week))?.rendered(pretty: false) == #"{"year":2025,"month":9,"day":7}"#)
        #expect(TimelineJSExport.startDate(.dayTime(date, .clock(hour: 10, minute: 30, zone: "")))?.rendered(pretty: false)
                == #"{"year":2025,"month":9,"day":4,"hour":10,"minute":30}"#)
        #expect(TimelineJSExport.startDate(.duration("P3Y")) == nil)
    }

    @Test func weeksAndSeasonsGetADisplayDateAndAnEnd() {
        let json = Self.compact([Self.event(.week(ISOWeek(year: 2025, week: 36)!)),
                                 Self.event(.season(year: 2025, season: .summer), paragraph: 4)])
        #expect(json.contains(#""display_date":"week of 1 September 2025""#))
        #expect(json.contains(#""start_date":{"year":2025,"month":6},"end_date":{"year":2025,"month":8},"display_date":"summer 2025""#))
        #expect(!Self.compact([Self.event(.month(year: 2025, month: 8))]).contains("display_date"))
    }

    @Test func textIsEscapedAndLinksToTheSourceParagraph() {
        let json = Self.compact([Self.event(.month(year: 2025, month: 8))], baseURL: "https://example.org/b/")
        #expect(json.contains(#""headline":"August 2025""#))
        #expect(json.contains("<p>Leaders &lt;meet&gt; &amp; talk</p>"))
        #expect(json.contains(#"<a href=\"https://example.org/b/articles/paris/#p3\">Summit &amp; after, ¶3</a>"#))
        #expect(json.contains(#""title":{"text":{"headline":"T""#))
    }

    @Test func idsAreStableAndUniqueAndGroupsSeparatePlansFromReports() {
        let day = TimexValue.day(CalendarDate(year: 2025, month: 9, day: 4)!)
        let json = Self.compact([Self.event(day), Self.event(day, "Another", scheduled: true)])
        #expect(json.contains(#""unique_id":"2025-09-04-paris-p3""#))
        #expect(json.contains(#""unique_id":"2025-09-04-paris-p3-2""#))
        #expect(json.contains(#""group":"Reported""#) && json.contains(#""group":"Planned""#))
    }
}
