@testable import BriefCore

/// The reported statements found in one paragraph, as (text, speaker phrase, stance): the shape the
/// reported-speech suites compare.
func reportedStatements(in text: String) -> [(text: String, speaker: String, stance: Bool)] {
    ArticleAnalyzer.analyze(paragraphs: [text]).reported.map { ($0.text, $0.speakerText, $0.isStance) }
}
