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

    @Test func aMiddleNameJoinsUnlessTwoDiffer() {
        let one = PersonNameKey.identities([key("Hanna Rodes Kell"), key("Hanna Kell")])
        #expect(one[key("Hanna Rodes Kell")] == one[key("Hanna Kell")])
        let two = PersonNameKey.identities([key("Hanna Rodes Kell"), key("Hanna Mira Kell")])
        #expect(two[key("Hanna Rodes Kell")] != two[key("Hanna Mira Kell")])
        // A family name written first keeps every word: these are two people.
        let family = PersonNameKey.identities([key("Kim Jong Un"), key("Kim Jong Il")])
        #expect(family[key("Kim Jong Un")] != family[key("Kim Jong Il")])
    }
}
