extension Briefing {
    /// This briefing with the given parts replaced (the corrections rewrite a briefing part by part).
    func replacing(timeline: [TimelineEvent]? = nil, actors: [Actor]? = nil, quotes: [ResolvedQuote]? = nil,
                   statements: [ResolvedStatement]? = nil, mentions: [String: [ActorMention]]? = nil,
                   entries: [String: ActorEntry]? = nil, editorNotes: EditorNotes? = nil) -> Briefing {
        var result = Briefing(settings: settings, articles: articles, timeline: timeline ?? self.timeline,
                              actors: actors ?? self.actors, quotes: quotes ?? self.quotes,
                              statements: statements ?? self.statements, ambiguities: ambiguities,
                              mentions: mentions ?? self.mentions, entries: entries ?? self.entries, warnings: warnings)
        result.editorNotes = editorNotes ?? self.editorNotes
        return result
    }
}
