/// What a recognised temporal expression says, before it is placed on the calendar: some meanings
/// are complete ("2025-09-04"), others need the article's date, the tense, or the last date mentioned.
enum TimexMeaning: Sendable, Hashable {
    /// A value that needs nothing else.
    case absolute(TimexValue)
    /// "September 4", "Saturday, April 25": the year comes from the weekday when written, else from
    /// the anchor and the tense.
    case monthDay(month: Int, day: Int, weekday: Int?)
    /// "in August", "last April", "next March".
    case month(Int, RelativeWord?)
    /// "on Monday", "last Friday", "Tuesday morning".
    case weekday(Int, RelativeWord?, TimeOfDay?)
    /// "today" (0), "yesterday" (-1), "tomorrow" (+1), "tonight", "this morning".
    case dayOffset(Int, TimeOfDay?)
    /// "this week" (0), "last month" (-1), "next year" (+1), "this weekend".
    case unitOffset(TemporalUnit, Int)
    /// "the third quarter" with or without a year.
    case quarter(Int, year: Int?)
    /// "the first quarter of last year": a quarter in the year `yearOffset` from the anchor's.
    case quarterInYear(Int, yearOffset: Int)
    /// "the first half" with or without a year.
    case half(Int, year: Int?)
    /// "the quarter", "the latest quarter" (0), "the year-ago quarter" (-4): counted from the last quarter begun.
    case recentQuarter(offset: Int)
    /// "this summer", "last fall".
    case season(Season, RelativeWord?, year: Int?)
    /// "three days ago" (from the article's date), "a year earlier" (from the last date mentioned).
    case shift(TemporalUnit, Int, fromReference: Bool)
    /// "Christmas": a fixed day whose year comes from the anchor and the tense.
    case holiday(month: Int, day: Int)
    /// "Thanksgiving": the `nth` `weekday` of `month`, whose year comes from the anchor and the tense.
    case weekdayHoliday(month: Int, weekday: Int, nth: Int)
    /// "10 a.m.": a clock time on the day in focus, `dayOffset` from the anchor when given.
    case clock(TimeOfDay, dayOffset: Int?)
    /// "January this year", "June 3 last year": a month (and day) in the year `yearOffset` from the anchor's.
    case monthInYear(month: Int, day: Int?, yearOffset: Int)
    /// "10 p.m. Wednesday", "noon Thursday", "9 a.m. EST Nov. 9": a clock time on a day named with it.
    indirect case timed(TimeOfDay, TimexMeaning)
}

/// The word that places a weekday, month or season relative to the article's date.
enum RelativeWord: Sendable, Hashable {
    case last, this, next
}
