import Testing
@testable import BriefCore

@Suite struct PlainTextArticleTests {
    @Test func headlineParagraphsAndBylineInTheSeedShape() throws {
        let body = "\nHeadline here\nFirst paragraph.\nSecond paragraph.\nBy Jane Roe"
        let article = try PlainTextArticle.parse(body, file: "a.txt")
        #expect(article.headline == "Headline here")
        #expect(article.paragraphs == ["First paragraph.", "Second paragraph."])
        #expect(article.byline == "Jane Roe")
    }

    @Test func aTrailingNewlineDoesNotTurnLinesIntoOneBlock() throws {
        let article = try PlainTextArticle.parse("Headline\nOne.\nTwo.\nBy Jane Roe\n\n", file: "a.txt")
        #expect(article.paragraphs == ["One.", "Two."])
        #expect(article.byline == "Jane Roe")
    }

    @Test func blankLineSeparatedBlocksJoinTheirLines() throws {
        let body = "Headline\n\nA paragraph\nwrapped over lines.\n\nAnother one.\n"
        let article = try PlainTextArticle.parse(body, file: "a.txt")
        #expect(article.paragraphs == ["A paragraph wrapped over lines.", "Another one."])
        #expect(article.byline == nil)
    }

    @Test func aSentenceStartingWithByIsNotAByline() throws {
        let body = "Headline\nText.\nBy the end of the week, talks had stalled."
        let article = try PlainTextArticle.parse(body, file: "a.txt")
        #expect(article.byline == nil)
        #expect(article.paragraphs.count == 2)
    }

    @Test func bylineNamesAreRecognised() {
        #expect(PlainTextArticle.bylineName("By Aghakazim Guliyev") == "Aghakazim Guliyev")
        #expect(PlainTextArticle.bylineName("BY JANE ROE and JOHN DOE") == "JANE ROE and JOHN DOE")
        #expect(PlainTextArticle.bylineName("Byron said so") == nil)
        #expect(PlainTextArticle.bylineName("By then it was over.") == nil)
    }

    @Test func anEmptyBodyIsAnErrorNamingTheFile() {
        #expect(throws: Diagnostic.self) { try PlainTextArticle.parse("\n  \n", file: "empty.txt") }
        do {
            _ = try PlainTextArticle.parse("", file: "empty.txt", firstLine: 4)
        } catch {
            #expect(error.file == "empty.txt")
            #expect(error.line == 4)
        }
    }
}
