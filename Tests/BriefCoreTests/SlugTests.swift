import Testing
@testable import BriefCore

@Suite struct SlugTests {
    @Test(arguments: [
        ("Europe ready to pledge security guarantees", "europe-ready-to-pledge-security-guarantees"),
        ("Émile Zola à Zürich", "emile-zola-a-zurich"),
        ("Straße & Œuvre", "strasse-and-oeuvre"),
        ("Łódź, Kraków", "lodz-krakow"),
        ("Мария Захарова", "mariya-zakharova"),
        ("Володимир Зеленський", "volodymyr-zelenskyy"),
        ("Xi Jinping's visit", "xi-jinpings-visit"),
        ("  --Hello,   World!--  ", "hello-world"),
        ("Q&A: O'Brien & Sons", "qanda-obrien-and-sons"),
    ])
    func foldsToASCII(_ input: String, _ expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test(arguments: ["../../etc/passwd", "..", "/absolute/path", "a/../b", "..\\..\\windows", "%2e%2e%2f"])
    func traversalAttemptsCannotEscape(_ input: String) throws {
        guard let slug = Slug.make(input) else { return }  // nothing left is safe too
        #expect(!slug.contains("/"))
        #expect(!slug.contains(".."))
        #expect(slug.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D })
    }

    @Test func nothingSluggableGivesNil() {
        #expect(Slug.make("") == nil)
        #expect(Slug.make("!!! ...") == nil)
        #expect(Slug.make("北京") == nil)
    }

    @Test func longTitlesAreCutAtAHyphen() throws {
        let slug = try #require(Slug.make(String(repeating: "word ", count: 40)))
        #expect(slug.utf8.count <= Slug.maximumLength)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasSuffix("word"))
    }

    @Test func collisionsAreNumberedInOrder() {
        #expect(SlugAllocator.allocate(["a", "b", "a", "a"]) == ["a", "b", "a-2", "a-3"])
    }

    @Test func aSlugAskedForByNameKeepsItOverANumberedDuplicate() {
        #expect(SlugAllocator.allocate(["a", "a", "a-2"]) == ["a", "a-3", "a-2"])
    }

    @Test func explicitSlugsClaimTheirNameFirst() {
        #expect(SlugAllocator.allocate(["a", "b", "a"], explicit: [false, false, true]) == ["a-2", "b", "a"])
    }

    @Test func allocationIsDeterministic() {
        let wanted = ["x", "y", "x", "x-2", "y", "x"]
        #expect(SlugAllocator.allocate(wanted) == SlugAllocator.allocate(wanted))
        #expect(Set(SlugAllocator.allocate(wanted)).count == wanted.count)
    }
}
