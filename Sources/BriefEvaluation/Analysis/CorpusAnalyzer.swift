import BriefCore

/// Runs the corpus-level half of `brief build` over analysed documents, so that `brief analyze` and
/// `brief eval` report what the site shows: actors resolved across every document by
/// ``ActorResolver`` (the site's resolver), each quote's `speakerName` the name of the actor the site
/// credits (nil when none), each entity mention with its actor id.
public enum CorpusAnalyzer {
    /// The records of `inputs` (in input order), analysed through `mapper`, with speakers and entities resolved across them.
    public static func analyze(_ inputs: [AnalysisInput], mapper: some ArticleMapper = SerialMapper()) -> [AnalysisRecord] {
        resolve(mapper.map(inputs, DocumentAnalyzer.analyzeAlone))
    }

    /// The records of `documents` with speakers and entities resolved across all of them.
    public static func resolve(_ documents: [DocumentAnalysis]) -> [AnalysisRecord] {
        let analysed = documents.indices.filter { documents[$0].analysis != nil }
        let resolution = ActorResolver.resolve(analysed.map {
            ActorResolver.Input(slug: documents[$0].record.id, analysis: documents[$0].analysis!)
        })
        let names = Dictionary(resolution.actors.filter(\.canSpeak).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var records = documents.map(\.record)
        for (position, d) in analysed.enumerated() {
            let actorOf = resolution.entityActors[position]
            for q in records[d].quotes.indices {
                let actor = records[d].quotes[q].speakerEntity.flatMap { actorOf[$0] }
                records[d].quotes[q].speakerName = actor.flatMap { names[$0] }
            }
            for e in records[d].entities.indices {
                records[d].entities[e].actor = records[d].entities[e].entity.flatMap { actorOf[$0] }
            }
            dropUnconfirmed(&records[d], entities: documents[d].analysis!.entities, actorOf: actorOf)
        }
        return records
    }

    /// Removes the mentions of tentative entities that no other document confirmed: the site shows
    /// them as no one, so neither does the record.
    static func dropUnconfirmed(_ record: inout AnalysisRecord, entities: [ArticleEntity], actorOf: [Int: String]) {
        let dropped = { (e: Int?) in e.map { entities[$0].isTentative && actorOf[$0] == nil } ?? false }
        let spans = Set(record.entities.filter { dropped($0.entity) }.map(\.span))
        guard !spans.isEmpty else { return }
        record.entities.removeAll { dropped($0.entity) }
        let kept = Set(record.entities.filter { $0.kind == .person }.map(\.span))
        record.persons.removeAll { spans.contains($0) && !kept.contains($0) }
    }
}
