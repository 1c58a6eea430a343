/// The timeline entries under one `EventMergeKey`, in order of creation, knowing the run of latest
/// entries that all hold one article. An event of that article cannot join them (two events of one
/// article stay two), so they are skipped without a comparison: events arrive article by article,
/// and a long article's own events would otherwise each be compared with all the others.
struct EventMergeBucket {
    /// Indices of the merger's entries, in order of creation.
    private(set) var entries: [Int] = []
    /// The article every entry from `runStart` on is reported by.
    private var runArticle: String?
    private var runStart = 0

    /// The entries an event reported by `articles` may join, in order of creation.
    func candidates(for articles: [String]) -> ArraySlice<Int> {
        if let run = runArticle, articles.contains(run) { return entries[..<runStart] }
        return entries[...]
    }

    /// Adds the entry `index`, created from an event reported by `articles`.
    mutating func append(_ index: Int, articles: [String]) {
        if runArticle == nil || !articles.contains(runArticle!) {
            runArticle = articles.first
            runStart = entries.count
        }
        entries.append(index)
    }
}
