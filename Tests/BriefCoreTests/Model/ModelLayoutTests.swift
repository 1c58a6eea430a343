import Testing
@testable import BriefCore

/// The sizes of the values a briefing holds by the hundred thousand. A field added out of order of
/// alignment, or a 64-bit position where 32 bits do, grows each by 8 to 16 bytes: at 100,000
/// articles about 1.1 million quotations and 1.3 million statements, so tens of megabytes.
@Suite struct ModelLayoutTests {
    @Test func quotationsStatementsAndEventsStayPacked() {
        #expect(MemoryLayout<ByteSpan>.stride == 8)
        #expect(MemoryLayout<CalendarDate>.stride == 4)
        #expect(MemoryLayout<TimexValue>.stride <= 24)
        #expect(MemoryLayout<Provenance>.stride <= 24)
        #expect(MemoryLayout<Quotation>.stride <= 176)
        #expect(MemoryLayout<ReportedStatement>.stride <= 128)
        #expect(MemoryLayout<TimelineEvent>.stride <= 136)
        #expect(MemoryLayout<EventLine>.stride <= 48)
        #expect(MemoryLayout<ResolvedQuote>.stride <= 272)
        #expect(MemoryLayout<ResolvedStatement>.stride <= 240)
    }
}
