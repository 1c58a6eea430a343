import Testing
@testable import BriefCore
@testable import BriefEvaluation

@Suite struct UTF8SliceTests {
    @Test func slicesAreTheDecodedBytes() {
        let text = "Der Bürgermeister sagte: „Wir öffnen die Brücke morgen früh, und zwar für alle.“ Danach schwieg er."
        let bytes = Array(text.utf8)
        for (start, end) in [(0, 3), (4, 18), (0, bytes.count), (25, bytes.count - 3), (5, 6)] {
            #expect(text.utf8Slice(start, end) == String(decoding: bytes[start..<end], as: UTF8.self))
        }
    }

    @Test func aSliceThatSplitsACharacterIsRepaired() {
        let text = String(repeating: "é", count: 40)
        let bytes = Array(text.utf8)
        #expect(text.utf8Slice(1, 71) == String(decoding: bytes[1..<71], as: UTF8.self))
        #expect(text.utf8Slice(1, 5) == String(decoding: bytes[1..<5], as: UTF8.self))
    }

    @Test func documentLinesAreTheNonBlankLines() {
        let text = "First line of a report.\n\n  \t\nA second line, somewhat longer than eight bytes.\nlast"
        let lines = AttributionLayer.paragraphLines(text)
        #expect(lines.map(\.text) == ["First line of a report.", "A second line, somewhat longer than eight bytes.", "last"])
        #expect(lines.map(\.offset) == [0, 29, 78])
    }
}
