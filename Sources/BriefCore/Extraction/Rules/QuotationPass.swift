/// A rule that credits quotations left unattributed by looking across the article, once its reported
/// statements are known: a name (``RuleID``), a one-line description, and the pass itself.
protocol QuotationPass: Sendable {
    /// The rule's name, recorded as the speaker rule of each quotation it credits.
    var id: RuleID { get }
    /// What it recognises, in one line.
    var summary: String { get }
    /// `quotes` with the quotations this rule credits given their speaker.
    func apply(_ quotes: [Quotation], in article: ArticleView) -> [Quotation]
}

extension QuotationPass {
    /// The description listed with the rule's id.
    var summary: String { id.summary }
}

/// What the passes of ``SpeakerRules/article`` read of an article: its paragraphs, its linked
/// mentions and its reported statements.
struct ArticleView {
    /// The article's paragraphs.
    let paragraphs: [ParagraphText]
    /// The article's mentions, linked to its people.
    let linked: MentionLinker.Linked
    /// The statements reported without quotation marks.
    let reported: [ReportedStatement]
}
