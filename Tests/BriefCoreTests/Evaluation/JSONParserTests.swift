import Testing
@testable import BriefCore

@Suite struct JSONParserTests {
    @Test func readsEveryKindOfValue() throws {
        let value = try JSONParser.parse(Array(#" {"a": [1, -2.5, 1e3, true, false, null], "s": "q\"\\\/\n\u00e9\ud83d\ude00", "o": {}} "#.utf8))
        #expect(value["a"] == .array([.int(1), .double(-2.5), .double(1000), .bool(true), .bool(false), .null]))
        #expect(value["s"]?.stringValue == "q\"\\/\né😀")
        #expect(value["o"] == .object([]))
    }

    @Test func lastRepeatedKeyWins() throws {
        #expect(try JSONParser.parse(Array(#"{"k": 1, "k": 2}"#.utf8))["k"] == .int(2))
    }

    @Test func rejectsMalformedTextWithItsOffset() {
        for (text, offset) in [(#"{"a": }"#, 6), ("[1, 2", 5), ("01", 2), (#"{"a": 1} x"#, 9), ("\"tab\there\"", 4)] {
            #expect { try JSONParser.parse(Array(text.utf8)) } throws: { error in
                (error as? JSONParser.Failure)?.offset == offset
            }
        }
    }

    @Test func rendersDoublesInTheirShortestForm() {
        #expect(JSONValue.array([.double(0.1), .double(2.0 / 3.0), .double(0)]).rendered(pretty: false) == "[0.1,0.6666666666666666,0.0]")
    }
}
