import Testing
@testable import BriefCore

/// TimeML annotation practice for expressions whose value is easy to get subtly wrong: years of
/// dates written without one, clock times with their day, vague durations, decades and ages.
@Suite struct TimexAnnotationPracticeTests {
    private func value(_ written: String, _ text: String, _ anchor: CalendarDate = TimexTestSupport.day(2025, 9, 3)) -> String? {
        TimexTestSupport.value(written, in: text, anchor)
    }

    @Test func weekdayWrittenWithTheDatePicksTheYear() {
        #expect(value("Saturday, April 25", "The fair opens on Saturday, April 25.") == "2026-04-25")
        #expect(value("Friday, April 25", "The fair opened on Friday, April 25.") == "2025-04-25")
    }

    @Test func theArticlesOwnWeekdayIsTheArticlesDay() {
        #expect(value("Wednesday", "The minister will speak Wednesday.") == "2025-09-03")
        #expect(value("Wednesday", "Until Wednesday, nobody had asked.") == "2025-09-03")
        #expect(value("next Wednesday", "The minister will speak next Wednesday.") == "2025-09-10")
    }

    @Test func aMisreadTenseDoesNotSendADateAYearAway() {
        // "extended" reads as past, but last year's October 15 is too far for a date written without a year.
        #expect(value("Oct. 15", "The offer was extended to Oct. 15.") == "2025-10-15")
        #expect(value("Aug. 20", "The offer was extended on Aug. 20.") == "2025-08-20")
        #expect(value("September 4", "Leaders will meet on September 4.") == "2025-09-04")
        // Without a tense cue a bare month is the nearest one.
        #expect(value("November", "The index, at a peak in November, is lower now.", TimexTestSupport.day(2026, 1, 8)) == "2025-11")
    }

    @Test func monthWithRelativeYear() {
        #expect(value("January this year", "Prices rose in January this year.") == "2025-01")
        #expect(value("June last year", "The mine closed in June last year.") == "2024-06")
        #expect(value("March 3 next year", "The rules apply from March 3 next year.") == "2026-03-03")
    }

    @Test func clockTimeWithItsDay() {
        #expect(value("10 p.m. Tuesday", "The fire started at 10 p.m. Tuesday.") == "2025-09-02T22:00")
        #expect(value("noon Friday", "The offer will expire at noon Friday.") == "2025-09-05T12:00")
        #expect(value("5 p.m. EST, Sept. 9", "Bids are due by 5 p.m. EST, Sept. 9.") == "2025-09-09T17:00")
        #expect(TimexTagger.timexes(in: "The fire started at 10 p.m. Tuesday.", anchor: TimexTestSupport.day(2025, 9, 3)).first?.type == .time)
    }

    @Test func vagueStretchesOfTime() {
        #expect(value("recent years", "Rents have doubled in recent years.") == "PXY")
        #expect(value("recent weeks", "Fighting eased in recent weeks.") == "PXW")
        #expect(value("several years ago", "The dam was built several years ago.") == "PAST_REF")
        #expect(value("recent", "The recent floods cut the road.") == "PAST_REF")
    }

    @Test func decadesAndDurationsInYears() {
        #expect(value("mid-1990s", "The tram ran until the mid-1990s.") == "199")
        #expect(value("late 1970s", "The tram was built in the late 1970s.") == "197")
        #expect(value("1980s", "Growth was fast during 1980s boom years.") == "198X")
        #expect(value("two decades", "The lowest rate in two decades.") == "P20Y")
        #expect(value("2 1/2 years", "They lived in camps for 2 1/2 years.") == "P2Y6M")
        #expect(value("5 1/2 hours", "The crossing took 5 1/2 hours.") == "PT5H30M")
    }

    @Test func agesAndConjunctionsAreNotTimexes() {
        #expect(TimexTestSupport.tag("The driver, 37 years old, was unhurt.").isEmpty)
        #expect(TimexTestSupport.tag("They will leave as soon as the road opens.").isEmpty)
    }

    @Test func currentAndFiscalPeriods() {
        #expect(value("the current fiscal year", "Sales should rise in the current fiscal year.") == "2025")
        #expect(value("the current quarter", "Margins improved in the current quarter.") == "2025-Q3")
        // The quarter just ended is this year's even when results are still to come.
        #expect(value("third-quarter", "The firm will report third-quarter results.", TimexTestSupport.day(2025, 10, 20)) == "2025-Q3")
    }
}

/// Earnings-report periods and cues that point ahead.
@Suite struct TimexReportingPeriodTests {
    private func value(_ written: String, _ text: String, _ anchor: CalendarDate = TimexTestSupport.day(2025, 11, 5)) -> String? {
        TimexTestSupport.value(written, in: text, anchor)
    }

    @Test func fiscalYearEndingOnADateIsAYearLong() {
        #expect(value("the year", "Revenue for the year ended June 30 rose 4%.") == "P1Y")
        #expect(value("the fiscal year", "It expects a loss for the fiscal year ending March 31.") == "P1Y")
        #expect(value("the latest period", "Sales in the latest period fell.") == "2025-Q3")
    }

    @Test func nowThatIsThePresent() {
        #expect(value("Now", "Now that the bridge is open, traffic has eased.") == "PRESENT_REF")
    }

    @Test func effectiveAndExpectationsPointAhead() {
        // "named" reads as past, but "effective" is nearer the date.
        #expect(value("Feb. 1", "The board named a new chief, effective Feb. 1.") == "2026-02-01")
        #expect(value("January", "The firm expects to close the sale in January.") == "2026-01")
        #expect(value("midnight Friday", "The offer will expire at midnight Friday.") == "2025-11-07T24:00")
    }
}

/// Holidays on a weekday of a month, and periods "of last year".
@Suite struct TimexHolidayAndRelativeYearTests {
    private func value(_ written: String, _ text: String, _ anchor: CalendarDate = TimexTestSupport.day(2025, 9, 3)) -> String? {
        TimexTestSupport.value(written, in: text, anchor)
    }

    @Test func thanksgivingIsTheFourthThursdayOfNovember() {
        #expect(value("Thanksgiving Day", "The store will open on Thanksgiving Day.") == "2025-11-27")
        #expect(value("Thanksgiving", "The boat sank at Thanksgiving.", TimexTestSupport.day(2026, 1, 15)) == "2025-11-27")
        #expect(value("Thanksgiving", "They met at Thanksgiving.", TimexTestSupport.day(2024, 12, 2)) == "2024-11-28")
    }

    @Test func periodsOfARelativeYear() {
        #expect(value("the first quarter of last year", "Profit fell in the first quarter of last year.") == "2024-Q1")
        #expect(value("the third quarter of this year", "Profit rose in the third quarter of this year.") == "2025-Q3")
    }
}
