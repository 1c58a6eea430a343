import Testing
@testable import BriefCore

/// The rules that find the speaker of a verb introducing a quotation, called directly on sentences
/// written for these tests: each list of ``QuoteSubjectRules`` is tried in its order, and each rule
/// finds its own kind of subject.
@Suite struct QuoteSubjectRulesTests {
    /// A paragraph prepared as ``ArticleAnalyzer`` prepares it, and its attributor.
    private struct Prepared {
        let linked: MentionLinker.Linked
        let a: Attributor

        init(_ text: String) {
            let paragraphs = [ParagraphText(number: 1, text: text)]
            var linked = MentionLinker.link(paragraphs.map(NameRecognizer.candidates(in:)), paragraphs: paragraphs, byline: nil)
            linked.spokenPronouns = SpokenPronoun.resolveAll(linked: linked, paragraphs: paragraphs)
            self.linked = linked
            a = Attributor.make(paragraph: 0, paragraphs: paragraphs, linked: linked)
        }

        /// The verb `word` (its first occurrence) as the rules read it.
        func verb(_ word: String) -> QuoteVerbView {
            let v = a.p.tokens.firstIndex { $0.lower == word }!
            return QuoteVerbView(a: a, v: v, sentenceStart: a.p.sentences[a.p.sentenceOf[v]].lowerBound)
        }

        /// The speaker `rule` finds for the verb `word`, as written.
        func speaker(by rule: any SubjectRule<QuoteVerbView>, verb word: String) -> String? {
            text(of: rule.subject(verb(word)))
        }

        func text(of phrase: SpeakerPhrase?) -> String? {
            switch phrase {
            case .mention(let m): linked.mentions[m].surface
            case .pronoun(let word): word
            case .nominal(_, let text): text
            case .unknown(let text): text
            case nil: nil
            }
        }
    }

    @Test func theListsAreTriedInTheirOrder() {
        #expect(QuoteSubjectRules.beforeInfinitive.map(\.name) == ["named", "main-clause", "noun-phrase"])
        #expect(QuoteSubjectRules.participle.map(\.name) == ["main-clause", "document-issuer"])
        #expect(QuoteSubjectRules.finite.map(\.name) == ["named", "noun-phrase"])
    }

    @Test func aNameRightBeforeTheVerbIsItsSubject() {
        let article = Prepared("Ada Moss said: “We will not back down.”")
        #expect(article.speaker(by: SubjectBeforeVerb(), verb: "said") == "Ada Moss")
        #expect(article.speaker(by: DescribedNounSubject(), verb: "said") == nil)
    }

    @Test func aDescribedSubjectWithNoNameIsANounPhrase() {
        let article = Prepared("The harbour board said: “We will not back down.”")
        #expect(article.speaker(by: DescribedNounSubject(), verb: "said") == "The harbour board")
        #expect(article.speaker(by: SubjectBeforeVerb(), verb: "said") == nil)
        #expect(article.text(of: QuoteSubjectRules.subject(article.verb("said"), by: QuoteSubjectRules.finite)) == "The harbour board")
    }

    @Test func aParticipleTakesTheSubjectOfTheMainClause() {
        let article = Prepared("Ada Moss spoke in Halden on Tuesday, warning: “We will not back down.”")
        #expect(article.speaker(by: QuoteClauseSubject(), verb: "warning") == "Ada Moss")
        #expect(article.text(of: QuoteSubjectRules.subject(article.verb("warning"), by: QuoteSubjectRules.participle)) == "Ada Moss")
    }

    @Test func aParticipleAfterADocumentTakesWhoIssuedIt() {
        let article = Prepared("The harbour board released a statement saying “the bridge is safe.”")
        #expect(article.speaker(by: QuoteDocumentIssuer(), verb: "saying") == "The harbour board")
        #expect(article.speaker(by: QuoteClauseSubject(), verb: "saying") == nil)
    }
}
