@testable import BriefCore

/// For the speaker tests: the name each quotation of an article we write is credited to.
enum SpeakerTestSupport {
    /// The speaker's entity name of each quotation of the article made of `paragraphs`, nil when none.
    static func speakers(_ paragraphs: [String]) -> [String?] {
        let a = ArticleAnalyzer.analyze(paragraphs: paragraphs)
        return a.quotes.map { a.speakerName(of: $0) }
    }
}
