import Testing
@testable import BriefCore

/// The rules of a second statement after a sentence's main one (``StatementRules/second``) and of a
/// participle's speaker (``SubjectRules/participle``, ``SubjectRules/issuingVerb``), called directly
/// on sentences written for these tests.
@Suite struct SecondStatementRulesTests {
    /// The first sentence of `text` as the rules read it, prepared as ``ArticleAnalyzer`` prepares it.
    private struct Prepared {
        let linked: MentionLinker.Linked
        let view: SentenceView

        init(_ text: String) {
            let paragraphs = [ParagraphText(number: 1, text: text)]
            var linked = MentionLinker.link(paragraphs.map(NameRecognizer.candidates(in:)), paragraphs: paragraphs, byline: nil)
            linked.spokenPronouns = SpokenPronoun.resolveAll(linked: linked, paragraphs: paragraphs)
            self.linked = linked
            let quotes = QuoteAssembler(paragraphs: paragraphs, linked: linked).quotations()
            let finder = ReportedSpeechFinder(paragraphs: paragraphs, linked: linked, quotes: quotes)
            let range = paragraphs[0].sentences[0]
            view = SentenceView(finder: finder, sentence: range, end: finder.trimmedEnd(range, paragraphs[0]), p: paragraphs[0],
                                a: Attributor.make(paragraph: 0, paragraphs: paragraphs, linked: linked))
        }

        /// The main statement of the sentence.
        var main: RuleMatch? { view.finder.find(in: view.sentence, view.p, view.a) }

        /// The verb `word` (its first occurrence) as the subject rules read it.
        func verb(_ word: String) -> VerbView {
            let v = view.p.tokens.firstIndex { $0.lower == word }!
            return VerbView(finder: view.finder, v: v, subjectEnd: v, stance: nil, sentence: view.sentence, p: view.p, a: view.a)
        }

        /// The phrase as written.
        func text(of phrase: SpeakerPhrase?) -> String? {
            switch phrase {
            case .mention(let m): linked.mentions[m].surface
            case .pronoun(let word): word
            case .nominal(_, let text): text
            case .unknown(let text): text
            case nil: nil
            }
        }

        /// The clause `match` reports, as written.
        func clause(_ match: RuleMatch?) -> String? { match.map { view.p.text(of: $0.clause) } }
    }

    @Test func theListsAreTriedInTheirOrder() {
        #expect(StatementRules.second.map(\.id) == [.statementSharedSubject, .statementRelative, .statementSecondSpeakerVerb])
        #expect(SubjectRules.participle.map(\.name) == ["main-clause", "document-issuer", "sentence-opening"])
        #expect(SubjectRules.issuingVerb.map(\.name) == ["named", "noun-phrase"])
        #expect(SubjectRules.relativeClause.map(\.name) == ["named", "group", "noun-phrase"])
    }

    @Test func aSecondVerbOfTheSameSpeakerReportsASecondClause() throws {
        let article = Prepared("Ada Moss said the bridge was safe and said the old ferry would stop running in May.")
        let main = try #require(article.main)
        let second = SharedSubjectStatement().match(article.view, after: main)
        #expect(second?.rule == .statementSharedSubject)
        #expect(article.clause(second) == "the old ferry would stop running in May")
    }

    @Test func aRelativeClauseWithItsOwnSpeakerIsASecondStatement() throws {
        let article = Prepared("The council said it would raise the toll, which Ada Moss said the city could not afford.")
        let main = try #require(article.main)
        let second = RelativeStatement().match(article.view, after: main)
        #expect(second?.rule == .statementRelative)
    }

    @Test func anotherSpeakerLaterInTheSentenceIsASecondStatement() throws {
        let article = Prepared("Ada Moss said the bridge was safe, while other engineers said the channel was far too shallow.")
        let main = try #require(article.main)
        let second = SecondSpeakerVerb().match(article.view, after: main)
        #expect(second?.rule == .statementSecondSpeakerVerb)
        #expect(article.clause(second) == "the channel was far too shallow")
    }

    @Test func aParticipleTakesTheMainClausesSubject() {
        let article = Prepared("Ada Moss spoke in Halden on Tuesday, adding that the bridge would open in the spring.")
        #expect(article.text(of: MainClauseSubject().subject(article.verb("adding"))) == "Ada Moss")
    }

    @Test func aParticipleAfterADocumentTakesWhoIssuedIt() {
        let article = Prepared("The harbour board released a statement Wednesday saying the bridge would open in the spring.")
        #expect(article.text(of: DocumentIssuer().subject(article.verb("saying"))) == "The harbour board")
    }

    @Test func aParticipleTakesTheSubjectOpeningItsSentence() {
        let article = Prepared("The nurse later sued the hospital, claiming the ward had been closed without notice.")
        #expect(article.text(of: SentenceOpeningSubject().subject(article.verb("claiming"))) == "The nurse")
    }
}
