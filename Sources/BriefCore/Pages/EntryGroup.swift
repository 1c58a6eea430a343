/// Entries listed under one heading (a month of articles, a day of events), with the heading's anchor.
struct EntryGroup {
    /// The heading.
    let label: String
    /// The entries' template fields, in order.
    var entries: [TemplateValue] = []

    /// `{label, anchor, entries}`.
    var fields: TemplateValue {
        ["label": .string(label), "anchor": .string(TimelineRoutes.anchor(ofGroup: label)), "entries": .list(entries)]
    }
}
