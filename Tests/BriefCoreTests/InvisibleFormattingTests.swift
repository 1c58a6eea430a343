import Testing
@testable import BriefCore

/// Bidi controls and zero-width characters are removed from input text and escaped in messages.
@Suite struct InvisibleFormattingTests {
    @Test func bidiControlsAndZeroWidthCharactersAreRemovedOnDecodingAndMarksAndJoinersKept() throws {
        let text = "Evil \u{202E}emaN\u{202C} and \u{2066}Kane\u{2069}, \u{2067}x\u{2068}y\u{2069}\u{2069} Du\u{200B}arte\u{2060}\u{FEFF}; کتاب\u{200C}ها 👩\u{200D}💻 a\u{200F}b"
        let decoded = try SourceText.decode(Array(text.utf8), file: "a.md")
        #expect(decoded == "Evil emaN and Kane, xy Duarte; کتاب\u{200C}ها 👩\u{200D}💻 a\u{200F}b")
        #expect(!decoded.unicodeScalars.contains(where: InvisibleFormatting.isInvisible))
    }

    @Test func theFirstBidiControlIsFoundByLineAndZeroWidthSpacesAreNotReported() {
        #expect(InvisibleFormatting.firstBidiLine(in: Array("one\ntwo\u{200B}\nthree \u{2067}x\u{2069}\n".utf8)) == 3)
        #expect(InvisibleFormatting.firstBidiLine(in: Array("Du\u{200B}arte\n".utf8)) == nil)
        #expect(InvisibleFormatting.firstBidiLine(in: Array("plain € text – “quoted”\n".utf8)) == nil)
    }

    @Test func aMessageShowsThemEscapedSoTheTerminalLineKeepsItsOrder() {
        let message = Diagnostic(.warning, file: "content/articles/\u{202E}txt.md", line: 1, message: "name “A\u{200B}B”").description
        #expect(message == "content/articles/\\u{202E}txt.md:1: warning: name “A\\u{200B}B”")
    }
}
