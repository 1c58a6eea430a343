import Testing
@testable import BriefCore

@Suite struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] {
        let tokens = Tokenizer.tokenize(text)
        return SentenceSplitter.sentences(tokens).map { range in
            ByteSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end).text(in: text)
        }
    }

    @Test func doesNotSplitAtAbbreviationsInitialsOrDecimals() {
        #expect(split("Gen. Mark Ollen met U.S. President Ann Borr on Sept. 3. Growth was 2.5 percent.") ==
                ["Gen. Mark Ollen met U.S. President Ann Borr on Sept. 3.", "Growth was 2.5 percent."])
        #expect(split("The memo was signed by J. R. Tolland. It leaked.") == ["The memo was signed by J. R. Tolland.", "It leaked."])
    }

    @Test func aDatelineIsASentenceOfItsOwn() {
        #expect(split("ASHFORD — Sen. Ilse Varga defended the plan.") == ["ASHFORD —", "Sen. Ilse Varga defended the plan."])
        #expect(split("ASHFORD, Aug. 31 (Wire) - Ilse Varga spoke.") == ["ASHFORD, Aug. 31 (Wire) -", "Ilse Varga spoke."])
        #expect(split("Ashford (Wire) – Ilse Varga spoke.") == ["Ashford (Wire) –", "Ilse Varga spoke."])
        // A party tag or a plain capitalised subject before a dash opens no dateline.
        #expect(split("Rep. Ilse Varga (D-Ohio) — a critic — spoke.") == ["Rep. Ilse Varga (D-Ohio) — a critic — spoke."])
        #expect(split("Ilse Varga — a critic — spoke.") == ["Ilse Varga — a critic — spoke."])
    }

    @Test func abbreviationCanEndASentence() {
        #expect(split("She moved to the U.S. The move was quiet.") == ["She moved to the U.S.", "The move was quiet."])
    }

    @Test func punctuationInsideQuotations() {
        #expect(split("“Is it over?” he asked. “No.” She left.") == ["“Is it over?” he asked.", "“No.”", "She left."])
        #expect(split("\"We won.\" The crowd cheered.") == ["\"We won.\"", "The crowd cheered."])
    }

    @Test func numberSignAndUnitsDoNotEndASentence() {
        #expect(split("Tim Marek, the No. 2 in the party, spoke. He left.") == ["Tim Marek, the No. 2 in the party, spoke.", "He left."])
        #expect(split("He lost 16 lbs. between May and June.") == ["He lost 16 lbs. between May and June."])
        #expect(split("She said no. 2 more came.").count == 2)
    }
}
