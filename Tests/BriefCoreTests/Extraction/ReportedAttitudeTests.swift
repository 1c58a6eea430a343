import Testing
@testable import BriefCore

/// Attributions of attitude rather than speech: an intention with a to-infinitive and the topic of a
/// talk. They are counted as statements of stance, kept off the site's statements.
@Suite struct ReportedAttitudeTests {
    @Test func anIntentionReportsItsInfinitive() {
        let r = reportedStatements(in: "Mayor Ivo Brandt plans to reopen the harbour pool in June.")
        #expect(r.map(\.text) == ["to reopen the harbour pool in June"])
        #expect(r.map(\.stance) == [true])
    }

    @Test func aNounPlanIsNoIntention() {
        #expect(reportedStatements(in: "The plans to reopen the harbour pool were shelved.").isEmpty)
    }

    @Test func theTopicOfATalkIsReported() {
        let r = reportedStatements(in: "Mayor Ivo Brandt spoke about the flood defences of the valley.")
        #expect(r.map(\.text) == ["the flood defences of the valley"])
        #expect(r.map(\.stance) == [true])
    }
}

/// A survey or a study that shows a clause without "that", and a reported clause that stops before a
/// clause of its own.
@Suite struct ReportedEvidenceTests {
    private func reported(_ text: String) -> [String] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map(\.text)
    }

    @Test func aPollShowsAClause() {
        #expect(reported("A new county poll shows Varga leading the race by four points.") == ["Varga leading the race by four points"])
    }

    @Test func aPersonShowingSomethingReportsNothing() {
        #expect(reported("Lena Varga shows visitors the old mill.").isEmpty)
    }

    @Test func aClauseOfItsOwnAfterButEndsTheReport() {
        let r = reported("Lena Varga said she will vote for the plan, but she has not endorsed the mayor.")
        #expect(r.first == "she will vote for the plan")
    }
}

/// A pronoun as the object of a verb of judging, and a verb of saying in a headline.
@Suite struct ReportedObjectAndHeadlineTests {
    private func reported(_ text: String) -> [String] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map(\.text)
    }

    @Test func aJudgedPronounIsTheObject() {
        #expect(reported("Lena Varga met the mayor, and the union endorsed her.").contains("her"))
        #expect(!reported("The union described her as a fighter.").contains("her"))
    }

    @Test func aHeadlineVerbOfSaying() {
        #expect(reported("Mayor Varga Says Harbour Bridge Will Close In May") == ["Harbour Bridge Will Close In May"])
        #expect(reported("The mayor says the bridge will close in May.") == ["the bridge will close in May"])
    }
}

/// A statement nested inside a reported clause.
@Suite struct NestedStatementTests {
    @Test func anIntentionInsideAReport() {
        let r = ArticleAnalyzer.analyze(paragraphs: ["Lena Varga said the council wants to close the harbour pool."]).reported.map(\.text)
        #expect(r == ["the council wants to close the harbour pool", "to close the harbour pool"])
    }
}

/// Verbs of advocacy with "for" or "against", and a second participle that ends a stance clause.
@Suite struct AdvocacyTests {
    private func reported(_ text: String) -> [String] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map(\.text)
    }

    @Test func advocacyForOrAgainstReportsItsObject() {
        #expect(reported("Mayor Ivo Brandt railed against the new toll on the bridge.") == ["the new toll on the bridge"])
        #expect(reported("Mayor Ivo Brandt lobbied for a second ferry.") == ["a second ferry"])
    }

    @Test func aSecondParticipleEndsTheClause() {
        let r = reported("Lena Varga spoke for an hour, criticizing the plan and citing the cost of the ferry.")
        #expect(r.first == "the plan")
    }
}

/// Verbs of praise and blame report their object.
@Suite struct PraiseAndBlameTests {
    @Test func blameAndPraiseReportTheirObject() {
        #expect(ArticleAnalyzer.analyze(paragraphs: ["Mayor Ivo Brandt blamed the storm for the late buses."]).reported.map(\.text)
                == ["the storm for the late buses"])
        #expect(ArticleAnalyzer.analyze(paragraphs: ["The union hailed the new contract."]).reported.map(\.text) == ["the new contract"])
    }
}
