import Testing
@testable import BriefCore

/// Each mention records the rule that bound it to one of the article's actors, for `brief explain`.
@Suite struct MentionBindingTests {
    /// The binding rule of each mention written `surface`, in text order.
    private func bindings(_ paragraphs: [String], _ surface: String) -> [RuleID?] {
        ArticleAnalyzer.analyze(paragraphs: paragraphs).mentions.filter { $0.surface == surface }.map(\.binding)
    }

    @Test func aFullNameAndItsSurnameRecordTheirRules() {
        let text = ["Senator Ada Moss spoke to the council on Monday.", "Moss said the bridge would open in the spring."]
        #expect(bindings(text, "Ada Moss") == [.bindFullName])
        #expect(bindings(text, "Moss") == [.bindShortName])
    }

    @Test func aSurnameTwoPeopleShareIsBoundToNoOne() {
        let text = ["Ada Moss and Tim Moss spoke to the council on Monday.", "Moss said the bridge would open in the spring."]
        let a = ArticleAnalyzer.analyze(paragraphs: text)
        let moss = a.mentions.filter { $0.surface == "Moss" }
        #expect(!moss.isEmpty && moss.allSatisfy { $0.entity == nil && $0.binding == .bindAmbiguous })
    }

    @Test func organisationsAndPlacesRecordTheirKind() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["The European Commission met in Brussels on Monday, Ada Moss said."])
        #expect(a.mentions.allSatisfy { $0.binding != nil })
        for mention in a.mentions where mention.kind == .organization { #expect(mention.binding == .bindOrganisation) }
        for mention in a.mentions where mention.kind == .place { #expect(mention.binding == .bindPlace) }
    }
}
