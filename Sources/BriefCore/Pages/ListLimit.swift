/// The first entries of a long list for a page that summarises it, and how many were left out: pages
/// stay readable (and fast to build) when an actor has thousands of quotations.
struct ListLimit {
    /// The entries shown.
    let shown: Int
    /// The entries left out.
    let hidden: Int

    /// The first `limit` of `count` entries.
    init(_ count: Int, limit: Int) {
        shown = min(count, limit)
        hidden = count - shown
    }

    /// Template fields `{prefix}More` ("and 12 more" or false) and `{prefix}Total` for the list.
    func fields(_ prefix: String, noun: String) -> [String: TemplateValue] {
        [prefix + "More": hidden > 0 ? .string("\(hidden) more \(noun)\(hidden == 1 ? "" : "s")") : .bool(false),
         prefix + "Total": .int(shown + hidden)]
    }
}
