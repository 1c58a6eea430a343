import Testing
@testable import BriefCore

@Suite struct TimelinePageTests {
    static func article(_ slug: String, _ date: String, _ paragraphs: [String]) -> Article {
        Article(slug: slug, sourcePath: "\(slug).txt", format: .plainText, title: slug.uppercased(),
                metadata: ArticleMetadata(date: PublicationDate.parse(date)), byline: nil,
                paragraphs: paragraphs.enumerated().map { Paragraph(number: $0.offset + 1, text: $0.element) })
    }

    static let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: [
        article("monday", "2025-09-01", ["The ministers met in Geneva last month.", "The ministers will meet in Paris on September 4 to sign the accord."]),
        article("tuesday", "2025-09-02", ["The ministers will meet in Paris on September 4 to sign the accord, officials said.",
                                          "Talks on the budget are planned for the third quarter."]),
    ])

    @Test func theSameEventFromTwoArticlesIsMergedKeepingBothSources() throws {
        let paris = try #require(Self.briefing.timeline.first { $0.date.description == "2025-09-04" })
        #expect(paris.sources.map(\.article) == ["monday", "tuesday"])
        #expect(Self.briefing.timeline.filter { $0.date.description == "2025-09-04" }.count == 1)
    }

    @Test func twoEventsOfOneArticleOnOneDateStayApart() {
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: [
            Self.article("one", "2025-09-03", ["Leaders will meet in Paris on September 4 for a summit.",
                                               "The president will hold phone talks with leaders on September 4 before a press conference."]),
        ])
        #expect(briefing.timeline.filter { $0.date.description == "2025-09-04" }.count == 2)
    }

    @Test func groupsByMonthAndDayAndMarksUpcomingAgainstTheNewestArticle() throws {
        let pages = TimelineMonthPage.pages(Self.briefing, index: BriefingIndex(Self.briefing))
        #expect(pages.map(\.route.urlPath) == ["timeline/2025/periods/", "timeline/2025/08/", "timeline/2025/09/"],
                "the quarter is on the year's page of longer periods, not on July's")
        #expect(pages.compactMap { $0.context["label"]?.stringValue } == ["Longer periods of 2025", "August 2025", "September 2025"])
        let labels = pages.flatMap { $0.context["groups"]?.listValue ?? [] }.compactMap { $0["label"]?.stringValue }
        #expect(labels == ["third quarter of 2025", "August 2025", "4 September 2025"])
        let entries = pages.flatMap { $0.context["groups"]?.listValue ?? [] }.flatMap { $0["entries"]?.listValue ?? [] }
        let paris = try #require(entries.first { $0["value"]?.stringValue == "2025-09-04" })
        #expect(paris["upcoming"] == .bool(true))
        #expect(paris["date"]?.stringValue == "4 September 2025")
        let links = paris["sources"]?.listValue?.compactMap { $0["link"]?.stringValue }
        #expect(links == ["../../../articles/monday/index.html#p2", "../../../articles/tuesday/index.html#p1"])
        let august = try #require(entries.first { $0["value"]?.stringValue == "2025-08" })
        #expect(august["upcoming"] == .bool(false))
    }

    @Test func anEventItsArticleReportsAsPastIsNotUpcoming() throws {
        // An undated article cannot say an event is still to come, whatever date it names.
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: [
            Self.article("dated", "2025-09-01", ["The council met on August 30."]),
            Article(slug: "undated", sourcePath: "undated.txt", format: .plainText, title: "Undated", metadata: ArticleMetadata(),
                    byline: nil, paragraphs: [Paragraph(number: 1, text: "The fair opened on October 2, 2025.")]),
        ])
        let pages = TimelineMonthPage.pages(briefing, index: BriefingIndex(briefing))
        let entries = pages.flatMap { $0.context["groups"]?.listValue ?? [] }.flatMap { $0["entries"]?.listValue ?? [] }
        let fair = try #require(entries.first { $0["value"]?.stringValue == "2025-10-02" })
        #expect(fair["upcoming"] == .bool(false))
        #expect(FrontPage.upcomingEvents(briefing).isEmpty)
    }

    @Test func aYearThatNamesAThingDatesNoEvent() {
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: [
            Self.article("one", "2018-12-20", ["In 2016, Dorne tackled a protester at a ceremony for the 1916 Easter Rising."]),
        ])
        #expect(briefing.timeline.map(\.date.description) == ["2016"])
    }

    @Test func timelineDataNamesDateGranularityAndFirstSource() {
        let json = DataFiles.timeline(Self.briefing).rendered(pretty: false)
        #expect(json.contains(#""date":"2025-09-04","granularity":"day""#))
        #expect(json.contains(#""expression":"September 4","scheduled":true"#))
        #expect(json.contains(#""article":"monday","paragraph":2"#))
    }

    @Test func clausesAreNotCutInsideQuotations() {
        let text = "Chancellor Merz this week branded Putin “perhaps the most severe war criminal of our time,” while Macron last month described him as “an ogre at our gates,” a phrase that was widely repeated by many commentators across the continent."
        let lines = BriefingAssembler.assemble(settings: SiteSettings(), articles: [Self.article("q", "2025-09-03", [text])]).timeline.map(\.text)
        #expect(lines.count == 2)
        for line in lines {
            #expect(line.filter { $0 == "“" }.count == line.filter { $0 == "”" }.count, "no line cut inside a quotation: \(line)")
            #expect(!line.hasPrefix("”") && !line.hasPrefix(","))
        }
        #expect(lines.contains { $0.hasPrefix("Macron last month described him as “an ogre at our gates") })
    }
}
