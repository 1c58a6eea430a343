/// Places a recognised meaning on the calendar: against the article's date (the anchor), in the
/// direction the tense gives, and, for "a year earlier", from the last date the text mentioned.
struct TimexNormalizer: Sendable {
    /// The article's date; nil leaves relative expressions unresolved (`XXXX-09-04`).
    let anchor: CalendarDate?

    /// The value of `meaning`, or nil when it has none worth reporting.
    func value(of meaning: TimexMeaning, direction: TenseDirection, reference: TimexValue?) -> TimexValue? {
        switch meaning {
        case .absolute(let value): return value
        case let .monthDay(month, day, weekday): return monthDay(month, day, weekday: weekday, direction)
        case let .holiday(month, day): return monthDay(month, day, weekday: nil, direction)
        case let .weekdayHoliday(month, weekday, nth): return weekdayHoliday(month, weekday, nth, direction)
        case let .month(month, relation): return self.month(month, relation, direction)
        case let .weekday(weekday, relation, time): return self.weekday(weekday, relation, time, direction)
        case let .dayOffset(offset, time):
            guard let day = anchor?.adding(days: offset) else { return .unresolved(time.map { "XXXX-XX-XXT\($0)" } ?? "XXXX-XX-XX") }
            return time.map { .dayTime(day, $0) } ?? .day(day)
        case let .unitOffset(unit, offset): return unitOffset(unit, offset, direction)
        case let .quarter(quarter, year): return period(quarter, of: 4, year: year, direction) { .quarter(year: $0, quarter: quarter) }
        case let .quarterInYear(quarter, yearOffset):
            guard let anchor else { return .unresolved("XXXX-Q\(quarter)") }
            return .quarter(year: anchor.year + yearOffset, quarter: quarter)
        case let .half(half, year): return period(half, of: 2, year: year, direction) { .half(year: $0, half: half) }
        case .recentQuarter(let offset):
            guard let anchor else { return .unresolved("XXXX-QX") }
            return Self.shift(.quarter(year: anchor.year, quarter: anchor.quarter), .quarter, offset - 1)
        case let .season(season, relation, year): return self.season(season, relation, year)
        case let .shift(unit, amount, fromReference): return shift(unit, amount, fromReference: fromReference, reference: reference)
        case let .clock(time, offset): return clock(time, offset, reference: reference)
        case let .monthInYear(month, day, yearOffset):
            guard let anchor else { return .unresolved("XXXX-\(CalendarDate.pad(month, 2))" + (day.map { "-\(CalendarDate.pad($0, 2))" } ?? "")) }
            guard let day else { return .month(year: anchor.year + yearOffset, month: month) }
            return CalendarDate(year: anchor.year + yearOffset, month: month, day: day).map(TimexValue.day)
        case let .timed(time, day):
            let value = value(of: day, direction: direction, reference: reference)
            if case .day(let date)? = value { return .dayTime(date, time) }
            return value
        }
    }

    // MARK: - Days, weekdays, months

    /// How far (in days) from the anchor the tense may send a date without a year: beyond it the
    /// nearest occurrence wins, since a misread tense costs more than a rare distant date gains.
    static let directedReach = 270

    private func monthDay(_ month: Int, _ day: Int, weekday: Int?, _ direction: TenseDirection) -> TimexValue {
        guard let anchor else { return .unresolved("XXXX-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))") }
        let candidates = (anchor.year - 4...anchor.year + 4).compactMap { CalendarDate(year: $0, month: month, day: day) }
        let distance = { (date: CalendarDate) in abs(date.dayNumber - anchor.dayNumber) }
        // "Saturday, April 25": the year in which that day is a Saturday, if one is near.
        if let weekday, let named = candidates.filter({ $0.weekday == weekday }).min(by: { distance($0) < distance($1) }),
           distance(named) <= 366 {
            return .day(named)
        }
        let chosen = Self.choose(candidates, around: anchor, direction)
        return chosen.map(TimexValue.day) ?? .unresolved("XXXX-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))")
    }

    /// The candidate (in date order) the tense points to when it is within reach, else the nearest.
    static func choose(_ candidates: [CalendarDate], around anchor: CalendarDate, _ direction: TenseDirection) -> CalendarDate? {
        let distance = { (date: CalendarDate) in abs(date.dayNumber - anchor.dayNumber) }
        let nearest = candidates.min { distance($0) < distance($1) }
        let directed: CalendarDate?
        switch direction {
        case .past: directed = candidates.last { $0 <= anchor }
        case .future: directed = candidates.first { $0 >= anchor }
        case .unknown: directed = nil
        }
        return directed.flatMap { distance($0) <= directedReach ? $0 : nil } ?? nearest
    }

    private func weekdayHoliday(_ month: Int, _ weekday: Int, _ nth: Int, _ direction: TenseDirection) -> TimexValue {
        guard let anchor else { return .unresolved("XXXX-\(CalendarDate.pad(month, 2))-XX") }
        let candidates = (anchor.year - 1...anchor.year + 1).compactMap { year -> CalendarDate? in
            guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
            return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
        }
        return Self.choose(candidates, around: anchor, direction).map(TimexValue.day) ?? .unresolved("XXXX-\(CalendarDate.pad(month, 2))-XX")
    }

    private func month(_ month: Int, _ relation: RelativeWord?, _ direction: TenseDirection) -> TimexValue {
        guard let anchor else { return .unresolved("XXXX-\(CalendarDate.pad(month, 2))") }
        var year = anchor.year
        switch (relation, direction) {
        case (.this, _): break
        case (.last, _): if month >= anchor.month { year -= 1 }
        case (.next, _): if month <= anchor.month { year += 1 }
        case (nil, .past): if month > anchor.month, month - anchor.month <= Self.monthReach { year -= 1 }
        case (nil, .future): if month < anchor.month, anchor.month - month <= Self.monthReach { year += 1 }
        case (nil, .unknown):
            if month - anchor.month > Self.nearestMonths { year -= 1 }
            if anchor.month - month > Self.nearestMonths { year += 1 }
        }
        return .month(year: year, month: month)
    }

    /// Months a tense may move a bare month across the year boundary (all of them: tested against 6 and 8).
    static let monthReach = 12
    /// Months beyond which a bare month without a tense cue is read in the neighbouring year.
    static let nearestMonths = 6

    private func weekday(_ weekday: Int, _ relation: RelativeWord?, _ time: TimeOfDay?, _ direction: TenseDirection) -> TimexValue {
        guard let anchor else { return .unresolved("XXXX-WXX-\(weekday)") }
        let difference = weekday - anchor.weekday
        let offset: Int
        switch (relation, direction) {
        case (.this, _): offset = difference
        case (.last, _): offset = difference < 0 ? difference : difference - 7
        case (.next, _), (nil, .future): offset = difference > 0 ? difference : difference + 7
        case (nil, .past), (nil, .unknown): offset = difference <= 0 ? difference : difference - 7
        }
        // A bare weekday that is the article's own weekday is the article's day ("said Friday").
        guard let day = anchor.adding(days: relation == nil && difference == 0 ? 0 : offset) else {
            return .unresolved("XXXX-WXX-\(weekday)")
        }
        return time.map { .dayTime(day, $0) } ?? .day(day)
    }

    // MARK: - Weeks, months, quarters, years relative to the anchor

    private func unitOffset(_ unit: TemporalUnit, _ offset: Int, _ direction: TenseDirection) -> TimexValue? {
        guard let anchor else { return .unresolved(Self.placeholder(for: unit)) }
        switch unit {
        case .week: return anchor.isoWeek.adding(weeks: offset).map(TimexValue.week)
        case .weekend:
            var weeks = offset
            if offset == 0, anchor.weekday < 6, direction != .future { weeks = -1 }
            return anchor.isoWeek.adding(weeks: weeks).map(TimexValue.weekend)
        case .month: return Self.shift(.month(year: anchor.year, month: anchor.month), .month, offset)
        case .quarter: return Self.shift(.quarter(year: anchor.year, quarter: anchor.quarter), .quarter, offset)
        case .year: return .year(anchor.year + offset)
        case .decade: return .decade(anchor.year / 10 + offset, marked: false)
        default: return nil
        }
    }

    private func period(_ number: Int, of count: Int, year: Int?, _ direction: TenseDirection,
                        _ make: (Int) -> TimexValue) -> TimexValue {
        if let year { return make(year) }
        guard let anchor else { return .unresolved(count == 4 ? "XXXX-Q\(number)" : "XXXX-H\(number)") }
        let current = count == 4 ? anchor.quarter : (anchor.month <= 6 ? 1 : 2)
        // The quarter just ended is still this year's, whatever the tense ("third-quarter results" in October).
        if direction == .future { return make(number >= current - 1 ? anchor.year : anchor.year + 1) }
        return make(number <= current ? anchor.year : anchor.year - 1)
    }

    private func season(_ season: Season, _ relation: RelativeWord?, _ year: Int?) -> TimexValue {
        if let year { return .season(year: year, season: season) }
        guard let anchor else { return .unresolved("XXXX-\(season.rawValue)") }
        let current = anchor.month <= 2 ? 0 : Season.of(month: anchor.month).firstMonth
        var resolved = anchor.year
        switch relation {
        case .last: if season.firstMonth >= current { resolved -= 1 }
        case .next: if season.firstMonth <= current { resolved += 1 }
        default: break
        }
        return .season(year: resolved, season: season)
    }

    // MARK: - Shifts and clock times

    private func shift(_ unit: TemporalUnit, _ amount: Int, fromReference: Bool, reference: TimexValue?) -> TimexValue? {
        if let reference, let granularity = reference.granularity, granularity != .time,
           fromReference || (unit == .year && granularity == .quarter),
           let shifted = Self.shift(reference, unit, amount) {
            return shifted
        }
        // "Eight years later" follows the story's time, not the article's: with no date before it to
        // count from, it has no place on the calendar.
        if fromReference && amount > 0 && [.day, .week, .weekend, .month, .quarter, .year, .decade].contains(unit) {
            return .unresolved(Self.placeholder(for: unit))
        }
        guard let anchor else { return .unresolved(Self.placeholder(for: unit)) }
        switch unit {
        case .day: return anchor.adding(days: amount).map(TimexValue.day)
        case .week, .weekend: return anchor.adding(days: amount * 7).map(TimexValue.day)
        case .month: return Self.shift(.month(year: anchor.year, month: anchor.month), .month, amount)
        case .quarter: return Self.shift(.quarter(year: anchor.year, quarter: anchor.quarter), .quarter, amount)
        case .year: return .year(anchor.year + amount)
        case .decade: return .year(anchor.year + amount * 10)
        default: return nil
        }
    }

    private func clock(_ time: TimeOfDay, _ offset: Int?, reference: TimexValue?) -> TimexValue {
        if offset == nil, case .day(let day)? = reference { return .dayTime(day, time) }
        if offset == nil, case .dayTime(let day, _)? = reference { return .dayTime(day, time) }
        guard let day = anchor?.adding(days: offset ?? 0) else { return .unresolved("XXXX-XX-XXT\(time)") }
        return .dayTime(day, time)
    }

    /// `value` moved by `amount` of `unit`, keeping its precision; nil when the unit is finer than the value.
    static func shift(_ value: TimexValue, _ unit: TemporalUnit, _ amount: Int) -> TimexValue? {
        let months: Int
        switch unit {
        case .month: months = amount
        case .quarter: months = amount * 3
        case .year: months = amount * 12
        case .decade: months = amount * 120
        case .day, .week, .weekend:
            let days = unit == .day ? amount : amount * 7
            switch value {
            case .day(let date): return date.adding(days: days).map(TimexValue.day)
            case .week(let week): return unit == .day ? nil : week.adding(weeks: amount).map(TimexValue.week)
            default: return nil
            }
        default: return nil
        }
        switch value {
        case .day(let date): return date.adding(months: months).map(TimexValue.day)
        case .week(let week): return months % 12 == 0 ? ISOWeek(year: week.year + months / 12, week: min(week.week, 52)).map(TimexValue.week) : nil
        case let .month(year, month):
            let index = year * 12 + month - 1 + months
            return .month(year: index / 12, month: index % 12 + 1)
        case let .quarter(year, quarter):
            guard months % 3 == 0 else { return nil }
            let index = year * 4 + quarter - 1 + months / 3
            return .quarter(year: index / 4, quarter: index % 4 + 1)
        case let .half(year, half):
            guard months % 6 == 0 else { return nil }
            let index = year * 2 + half - 1 + months / 6
            return .half(year: index / 2, half: index % 2 + 1)
        case let .season(year, season): return months % 12 == 0 ? .season(year: year + months / 12, season: season) : nil
        case .year(let year): return months % 12 == 0 ? .year(year + months / 12) : nil
        case let .decade(decade, marked): return months % 120 == 0 ? .decade(decade + months / 120, marked: marked) : nil
        default: return nil
        }
    }

    /// The TIMEX3 placeholder for a period of `unit` that needs an anchor.
    static func placeholder(for unit: TemporalUnit) -> String {
        switch unit {
        case .week, .weekend: "XXXX-WXX"
        case .month: "XXXX-XX"
        case .quarter: "XXXX-QX"
        case .decade: "XXX"
        case .day: "XXXX-XX-XX"
        default: "XXXX"
        }
    }
}
