import BriefCore

/// The analysis of a document as a prediction, exactly as `brief analyze --jsonl` would write it.
extension EvalDocument {
    /// `record` with every layer present (possibly empty); quotes carry no speaker spans.
    public init(prediction record: AnalysisRecord) {
        self.init(
            id: record.id,
            quotes: EvalLayer(items: record.quotes.filter { $0.span.length > 0 }.map {
                var quote = Quote(span: $0.span, direct: $0.direct, speaker: $0.speaker, speakerSpan: $0.speakerSpan)
                quote.rules = $0.provenance.map(Self.ruleIDs)
                return quote
            }, skipped: record.quotes.count { $0.span.length == 0 }),
            persons: EvalLayer(items: record.persons.filter { $0.length > 0 }, skipped: record.persons.count { $0.length == 0 }),
            timexes: EvalLayer(items: record.timexes.filter { $0.span.length > 0 }.map {
                Timex(span: $0.span, type: $0.type, value: $0.value)
            }, skipped: record.timexes.count { $0.span.length == 0 }))
    }

    /// The ids of the rules a provenance records, in the order found, speaker, binding; a statement's
    /// rule, which finds the words and their speaker at once, is named once.
    static func ruleIDs(_ provenance: Provenance) -> String {
        let speaker = provenance.speaker == provenance.found ? nil : provenance.speaker
        return [provenance.found, speaker, provenance.binding].compactMap { $0?.rawValue }.joined(separator: " ")
    }
}
