import Testing
@testable import BriefCore

@Suite struct PersonNameKeyTests {
    private func key(_ name: String) -> PersonNameKey {
        PersonNameKey(words: name.split(separator: " ").map { $0.lowercased() })
    }

    @Test func aGenerationalSuffixMakesAnotherPerson() {
        #expect(key("Tomas Reil Jr.").base != key("Tomas Reil").base)
        #expect(key("Tomas Reil Jr.").base == key("Tomas Reil jr").base)
        #expect(key("Henry Marek III").suffix == "iii")
        #expect(key("Tomas Reil Jr.").surnames == ["reil"])
    }

    @Test func initialsJoinUnlessTheyConflict() {
        let one = PersonNameKey.identities([key("Anna K. Smith"), key("Anna Smith")])
        #expect(one[key("Anna K. Smith")] == one[key("Anna Smith")])
        let two = PersonNameKey.identities([key("Anna K. Smith"), key("Anna J. Smith"), key("Anna Smith")])
        #expect(Set([two[key("Anna K. Smith")], two[key("Anna J. Smith")], two[key("Anna Smith")]]).count == 3)
    }

    @Test func tailsAreTheShorterEndsOfALongName() {
        #expect(key("Omar Al Rashid").tails == ["al rashid"])
        #expect(key("Lena Vargas Llosa Ruiz").tails == ["llosa ruiz", "vargas llosa ruiz"])
        #expect(key("Omar Rashid").tails.isEmpty)
    }
}
