import Testing
@testable import BriefCore

@Suite struct TimexDisplayTests {
    @Test func truePrecision() {
        #expect(TimexDisplay.english(timeML: "2025-09-04") == "4 September 2025")
        #expect(TimexDisplay.english(timeML: "2025-W36") == "week of 1 September 2025")
        #expect(TimexDisplay.english(timeML: "2025-08") == "August 2025")
        #expect(TimexDisplay.english(timeML: "2025-SU") == "summer 2025")
        #expect(TimexDisplay.english(timeML: "2025-Q3") == "third quarter of 2025")
        #expect(TimexDisplay.english(timeML: "2025") == "2025")
        #expect(TimexDisplay.english(timeML: "2025-09-02TMO") == "2 September 2025, morning")
        #expect(TimexDisplay.english(timeML: "199X") == "the 1990s")
    }

    @Test func parsingRoundTrips() {
        for text in ["2025-09-04", "2025-W36", "2020-W53-WE", "2025-08", "2025-Q3", "2025-H2", "2025-SU", "2025",
                     "2025-09-02TMO", "2025-09-03T18:00Z", "P3Y6M", "PAST_REF", "XXXX-09-04"] {
            #expect(TimexValue(timeML: text).description == text)
        }
    }
}
