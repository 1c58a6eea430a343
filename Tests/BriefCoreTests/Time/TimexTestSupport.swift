@testable import BriefCore

/// Helpers for the temporal tests: tag a sentence we wrote and read back what was found.
enum TimexTestSupport {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    /// `[(as written, TIMEX3 value)]` of `text` anchored on `anchor`.
    static func tag(_ text: String, _ anchor: CalendarDate? = day(2025, 9, 3)) -> [(String, String)] {
        TimexTagger.timexes(in: text, anchor: anchor).map { ($0.text, $0.value.description) }
    }

    /// The value of the only (or first) expression written exactly as `written`.
    static func value(_ written: String, in text: String, _ anchor: CalendarDate? = day(2025, 9, 3)) -> String? {
        tag(text, anchor).first { $0.0 == written }?.1
    }
}
