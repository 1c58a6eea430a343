import Testing
@testable import BriefCore

/// Control characters in input never reach a page or a terminal: decoding removes them (tab and line
/// ends kept), a NUL byte marks a binary file, and a diagnostic shows them escaped.
@Suite struct ControlCharactersTests {
    @Test func decodingRemovesESCSequencesBELAndC1CodesButKeepsTabsAndLineEnds() throws {
        let bytes = Array("Red \u{1B}[31malert\u{1B}[0m\u{07}\tnext\r\nline \u{9B}2J end\u{7F}.".utf8)
        let text = try SourceText.decode(bytes, file: "a.txt")
        #expect(text == "Red [31malert[0m\tnext\nline 2J end.")
        #expect(!text.unicodeScalars.contains(where: ControlCharacters.isUnwanted))
    }

    @Test func textWithoutControlsIsUnchanged() throws {
        let text = "Émile Жуков said “yes”\ton 4 March.\n"
        #expect(try SourceText.decode(Array(text.utf8), file: "a.txt") == text)
        #expect(ControlCharacters.firstLine(in: Array(text.utf8)) == nil)
    }

    @Test func findsTheLineOfTheFirstControl() {
        #expect(ControlCharacters.firstLine(in: Array("one\ntwo\nth\u{1B}ree\n".utf8)) == 3)
        #expect(ControlCharacters.firstLine(in: Array("one\n\u{85}\n".utf8)) == 2, "C1 NEL")
    }

    @Test func aNULByteIsABinaryFileErrorWithItsLine() {
        do {
            _ = try SourceText.decode(Array("Headline\nPNG\u{0}\u{0}data".utf8), file: "content/articles/x.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "content/articles/x.txt")
            #expect(error.line == 2)
            #expect(error.message.contains("binary"))
        }
    }

    @Test func aDiagnosticShowsControlsEscapedNeverRaw() {
        let diagnostic = Diagnostic(file: "content/articles/\u{1B}]0;owned\u{07}.md", line: 2,
                                    message: "`\u{1B}[2J` is not a date", hint: "Hint \u{9B}31m")
        let text = diagnostic.description
        #expect(!text.unicodeScalars.contains(where: ControlCharacters.isUnwanted))
        #expect(text.contains(#"\u{1B}]0;owned\u{7}.md:2"#))
        #expect(text.contains(#"`\u{1B}[2J` is not a date"#))
        #expect(text.contains(#"\u{9B}31m"#))
    }
}
