/// Dates an editor should look at: an article without a publication date (its relative dates cannot
/// be placed, and it is listed as undated), and, in a dated article, expressions the normaliser
/// could not place on the calendar.
enum DateReview {
    static func findings(_ article: Article, temporal: ArticleTemporalAnalysis?) -> [ReviewFinding] {
        let unplaced = temporal?.unresolved ?? []
        guard article.date != nil else {
            let more = unplaced.isEmpty ? "" : "; \(Plural.count(unplaced.count, "date expression")) in it (“\(unplaced[0].timex.text)”…) cannot be placed"
            return [ReviewFinding(.undatedArticle, file: article.sourcePath, message: "the article has no date\(more)",
                                  hint: "Give it `date: YYYY-MM-DD` in its front matter or sidecar .yml; it is listed under Undated until then.")]
        }
        return unplaced.map { item in
            ReviewFinding(.unplacedDate, file: article.sourcePath, paragraph: item.paragraph, excerpt: item.timex.text,
                          message: "“\(item.timex.text)” could not be placed on the calendar, so it is on no timeline",
                          hint: "Nothing to do if it names no time; otherwise write the date out (“on 4 September”).")
        }
    }
}
