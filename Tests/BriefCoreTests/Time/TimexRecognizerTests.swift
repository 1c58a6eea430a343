import Testing
@testable import BriefCore

@Suite struct TimexRecognizerTests {
    private func value(_ written: String, _ text: String) -> String? { TimexTestSupport.value(written, in: text) }

    @Test func absoluteDates() {
        #expect(value("Sept. 4, 2025", "The talks resumed on Sept. 4, 2025, in Geneva.") == "2025-09-04")
        #expect(value("4 September 2025", "Ministers signed it on 4 September 2025.") == "2025-09-04")
        #expect(value("2025-09-04", "The filing is dated 2025-09-04.") == "2025-09-04")
        #expect(value("August 2024", "Prices peaked in August 2024.") == "2024-08")
        #expect(value("2022", "The port was rebuilt in 2022.") == "2022")
        #expect(value("the 1990s", "The plant was built in the 1990s.") == "199")
        #expect(value("9/4/2025", "A memo dated 9/4/2025 circulated.") == "2025-09-04")
        #expect(value("Wednesday, Sept. 10", "The vote is set for Wednesday, Sept. 10.") == "2025-09-10")
    }

    @Test func namesAndClockTimesAreNotDates() {
        #expect(TimexTestSupport.tag("USA TODAY reported the vote.").isEmpty)
        #expect(TimexTestSupport.tag("Russia Today said so.").isEmpty)
        #expect(value("today", "Russia Today said the vote is today.") == "2025-09-03")
        #expect(TimexTestSupport.tag("The ship sailed at 1750 GMT.").allSatisfy { $0.1 != "1750" })
    }

    @Test func numbersThatCountOrNameThingsAreNotYears() {
        #expect(TimexTestSupport.tag("She sent nearly 1000 emails.").allSatisfy { $0.1 != "1000" })
        #expect(TimexTestSupport.tag("A poll of 2047 voters found it.").allSatisfy { $0.1 != "2047" })
        #expect(TimexTestSupport.tag("He signed House Bill 1523 on Monday.").allSatisfy { $0.1 != "1523" })
        // A year before a plural noun stays one after "in", and in "the 2016 election".
        #expect(TimexTestSupport.tag("In 2016 voters chose him.").contains { $0.1 == "2016" })
        #expect(TimexTestSupport.tag("He won the 2016 election.").contains { $0.1 == "2016" })
    }

    @Test func laterWithoutAStoryDateHasNoPlace() {
        #expect(value("Two hundred years later", "Two hundred years later, it is thriving.") == "XXXX")
        #expect(value("Two hundred years later", "It was founded in 1816. Two hundred years later, it is thriving.") == "2016")
    }

    @Test func relativeExpressions() {
        #expect(value("today", "The council meets today.") == "2025-09-03")
        #expect(value("yesterday", "The minister resigned yesterday.") == "2025-09-02")
        #expect(value("tomorrow", "Voting opens tomorrow.") == "2025-09-04")
        #expect(value("next week", "Talks resume next week.") == "2025-W37")
        #expect(value("this month", "Exports fell this month.") == "2025-09")
        #expect(value("last year", "The mill closed last year.") == "2024")
        #expect(value("three days ago", "The ship left three days ago.") == "2025-08-31")
        #expect(value("earlier this month", "The bank cut rates earlier this month.") == "2025-09")
        #expect(value("later this year", "A new law is due later this year.") == "2025")
        #expect(value("now", "Prices are now higher.") == "PRESENT_REF")
        #expect(value("recently", "She recently moved.") == "PAST_REF")
        #expect(value("the future", "Nobody can predict the future.") == "FUTURE_REF")
    }

    @Test func aNamedDayIsNotAWeekday() {
        #expect(value("Tuesday", "Fifteen states vote on Super Tuesday, on March 1.") == nil)
        #expect(value("Friday", "Shops opened early for Black Friday.") == nil)
        #expect(value("Tuesday", "Voters went to the polls on Tuesday.") != nil)
    }

    @Test func quartersSeasonsAndTimes() {
        #expect(value("the first quarter", "Sales rose in the first quarter.") == "2025-Q1")
        #expect(value("third-quarter", "The firm posted third-quarter profit.") == "2025-Q3")
        #expect(value("the fourth quarter of 2024", "Output slowed in the fourth quarter of 2024.") == "2024-Q4")
        #expect(value("this summer", "The bridge reopens this summer.") == "2025-SU")
        #expect(value("last winter", "Snow closed the pass last winter.") == "2024-WI")
        #expect(value("Tuesday morning", "Police arrived Tuesday morning.") == "2025-09-02TMO")
        #expect(value("10 a.m.", "The hearing began at 10 a.m. sharp.") == "2025-09-03T10:00")
        #expect(value("6:30 p.m.", "Doors open at 6:30 p.m. on site.") == "2025-09-03T18:30")
        #expect(TimexTestSupport.tag("Police arrived Tuesday morning.").first.map { _ in
            TimexTagger.timexes(in: "Police arrived Tuesday morning.", anchor: TimexTestSupport.day(2025, 9, 3))[0].type } == .time)
    }

    @Test func durationsAndSets() {
        let war = TimexTagger.timexes(in: "It ended a three-and-a-half-year war.", anchor: TimexTestSupport.day(2025, 9, 3))
        #expect(war.map(\.text) == ["three-and-a-half-year"])
        #expect(war.first?.value == .duration("P3Y6M"))
        #expect(war.first?.type == .duration)
        #expect(value("two weeks", "They stayed for two weeks.") == "P2W")
        #expect(value("the past three months", "Imports grew over the past three months.") == "P3M")
        #expect(value("several years", "It took several years.") == "PXY")
        #expect(value("daily", "The paper is printed daily.") == "P1D")
        #expect(value("every Monday", "The market opens every Monday.") == "XXXX-WXX-1")
    }

    @Test func lookalikesAreNotDates() {
        #expect(TimexTestSupport.tag("Guarantees apply the day a peace accord is signed.").isEmpty)
        #expect(TimexTestSupport.tag("May the best team win.").isEmpty)
        #expect(TimexTestSupport.tag("Prices may rise again.").isEmpty)
        #expect(TimexTestSupport.tag("The March on the capital drew crowds.").isEmpty)
        #expect(TimexTestSupport.tag("About 2000 people marched.").isEmpty)
        #expect(TimexTestSupport.tag("It cost $1990 in all.").isEmpty)
    }
}
