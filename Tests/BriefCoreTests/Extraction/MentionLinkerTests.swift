import Testing
@testable import BriefCore
@testable import BriefEvaluation

@Suite struct MentionLinkerTests {
    @Test func surnameBindsToTheFullName() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Varga won.", "Brazilian President Ilse Varga spoke. Later Varga left."])
        let people = a.entities.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Ilse Varga"])
        #expect(people[0].mentions.count == 3)
        #expect(people[0].aliases == ["Varga"])
    }

    @Test func aSurnameSharedInAFamilyIsTheOneIntroducedWithATitle() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Sen. Tomas Reil toured Ohio with his wife Ana Reil.", "“We will win,” Reil said."])
        #expect(a.quotes.first.flatMap(a.speakerName(of:)) == "Tomas Reil")
        // A name written in full more often than the titled one leaves the surname ambiguous.
        let b = ArticleAnalyzer.analyze(paragraphs: ["Ana Reil won the vote. Ana Reil thanked Ohio.", "Former Sen. Tomas Reil watched.",
                                                     "“We will win,” Reil said."])
        #expect(b.quotes.first.flatMap(b.speakerName(of:)) == nil)
    }

    @Test func twoGivenNamesShareTheSurnameThatFollows() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Kim and Clark Moran received a letter.", "“It is crazy,” Kim said."])
        #expect(Set(a.entities.filter { $0.kind == .person }.map(\.name)) == ["Kim Moran", "Clark Moran"])
        #expect(a.quotes.first.flatMap { $0.speakerEntity.map { a.entities[$0].name } } == "Kim Moran")
    }

    @Test func familyNameFirstBindsByItsFirstWord() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Chinese leader Xi Jinping arrived. Xi said nothing."])
        #expect(a.entities.filter { $0.kind == .person }.map(\.name) == ["Xi Jinping"])
        #expect(a.mentions.filter { $0.kind == .person }.allSatisfy { $0.entity == 0 })
    }

    @Test func bylineAuthorIsNotAnActor() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Tomas Reil said it rained. Greta Lund agreed."], byline: "Greta Lund")
        #expect(a.entities.map(\.name) == ["Tomas Reil"])
        #expect(a.author == "Greta Lund")
    }

    @Test func aWordCapitalisedOnlyWhereASentenceStartsIsNoPersonEvenBeforeASpeechVerb() {
        let talks = ArticleAnalyzer.analyze(paragraphs: ["Talks continued. Negotiators met again."])
        #expect(talks.entities.filter { $0.kind == .person }.isEmpty)
        let written = ArticleAnalyzer.analyze(paragraphs: ["Okonkwo said the port was closed.", "The minister, said Okonkwo, was wrong."])
        #expect(written.entities.filter { $0.kind == .person }.map(\.name) == ["Okonkwo"])
    }

    @Test func unknownSingleWordsNeedATitleOrAVerb() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Aerolux shares rose. Mr. Quandt sold. “It was fine,” Halvorsen said."])
        #expect(a.entities.map(\.name).sorted() == ["Halvorsen", "Quandt"])
    }

    @Test func brandsAndProductsAreNotPeople() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Aerolux said the Aerolux Z300 will fly. The Zenith Series sold well."])
        // "Zenith Series" stays a tentative name: no person unless another article confirms it.
        #expect(a.entities.filter { $0.kind == .person && !$0.isTentative }.isEmpty)
        #expect(CorpusAnalyzer.analyze([AnalysisInput(id: "a", date: nil, text: "Aerolux said the Aerolux Z300 will fly. The Zenith Series sold well.")])[0].persons.isEmpty)
    }

    @Test func honorificGenderKeepsASurnameFromTheWrongPerson() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Michelle Varga arrived. Mr. Varga stayed home."])
        let varga = a.mentions.filter { $0.surface == "Varga" }
        #expect(varga.count == 1)
        #expect(varga.first.flatMap { $0.entity.map { a.entities[$0].name } } == "Varga")
    }
}
