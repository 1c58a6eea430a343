import Testing
@testable import BriefCore

/// The page that lists each event, found by value without a copy of every event as a key: the page
/// of its month that lists it; an event listed twice keeps the place of its first listing; an
/// event the timeline does not hold has no place.
@Suite struct TimelinePlacesTests {
    static func event(_ year: Int, _ month: Int, _ day: Int, _ text: String) -> TimelineEvent {
        TimelineYearPageTests.event(year, month, day, text)
    }

    @Test func eachEventIsFoundOnThePageOfItsMonthThatListsIt() {
        let march = (0..<70).map { Self.event(2024, 3, 1 + $0 / 5, "March event \($0).") }
        let timeline = [Self.event(2023, 12, 31, "The year ended.")] + march
        let months = TimelineMonth.split(timeline)
        let places = TimelinePlaces(timeline, months: months)
        #expect(places[timeline[0]]?.urlPath == "timeline/2023/12/")
        #expect(places[march[0]]?.urlPath == "timeline/2024/03/")
        #expect(places[march[59]]?.urlPath == "timeline/2024/03/")
        #expect(places[march[60]]?.urlPath == "timeline/2024/03/page/2/")
        #expect(places[Self.event(2024, 3, 2, "Never reported.")] == nil)
    }

    @Test func anEventListedTwiceKeepsThePlaceOfItsFirstListing() {
        let twice = Self.event(2024, 3, 1, "Listed twice.")
        let timeline = [twice] + (0..<65).map { Self.event(2024, 3, 1, "Filler \($0).") } + [twice]
        let places = TimelinePlaces(timeline, months: TimelineMonth.split(timeline))
        #expect(places[twice]?.urlPath == "timeline/2024/03/")
        #expect(places[timeline[64]]?.urlPath == "timeline/2024/03/page/2/")
    }

}
