import Testing
@testable import BriefCore

@Suite struct SourceTextTests {
    @Test func dropsTheBOMAndNormalisesLineEnds() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8)
        #expect(try SourceText.decode(bytes, file: "x.txt") == "a\nb\nc\n")
    }

    @Test func keepsMultiByteCharacters() throws {
        #expect(try SourceText.decode(Array("Elysée “quote” Зеленський".utf8), file: "x.txt") == "Elysée “quote” Зеленський")
    }

    @Test func latin1IsAnErrorWithLineAndByteOffset() {
        let bytes = Array("first line\nsecond caf".utf8) + [0xE9] + Array(" line".utf8)
        do {
            _ = try SourceText.decode(bytes, file: "content/articles/x.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "content/articles/x.txt")
            #expect(error.line == 2)
            #expect(error.message.contains("byte offset 21"))
            #expect(error.hint?.contains("UTF-8") == true)
        }
    }

    @Test func utf16GetsItsOwnHint() {
        do {
            _ = try SourceText.decode([0xFF, 0xFE, 0x41, 0x00], file: "x.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.hint?.contains("UTF-16") == true)
        }
    }

    @Test func findsTruncatedSequences() {
        #expect(SourceText.firstInvalidUTF8Offset(Array("ok".utf8) + [0xE2, 0x80]) == 2)
        #expect(SourceText.firstInvalidUTF8Offset(Array("all “fine”".utf8)) == nil)
    }
}
