import Foundation
import Testing
@testable import BriefSite

/// What phones see: no "Hover a mark" where nothing can hover, and no "·" left at a line's end.
@Suite struct PhoneWordingTests {
    static let css = DefaultTheme.files["assets/style.css"] ?? ""

    @Test func theHoverHintIsHiddenWhereNothingCanHover() throws {
        for name in ["timeline.mustache", "timeline-year.mustache"] {
            let template = try #require(DefaultTheme.files[name])
            #expect(template.contains(#"<span class="hover-hint"> Hover a mark for its event.</span>"#), "\(name)")
        }
        #expect(Self.css.contains("@media (hover: none) { .hover-hint { display: none; } }"))
    }

    @Test func metaSeparatorsGoBeforeItemsAndTheLineStartsOnesAreClipped() {
        #expect(!Self.css.contains(#".meta > :not(:last-child)::after { content: "·""#), "no separator after an item, which dangles at a line's end")
        #expect(Self.css.contains(#".meta > *::before { content: "·""#))
        #expect(Self.css.contains(".meta { margin-left: -1.2em; clip-path: inset(0 0 0 1.2em); }"))
    }
}
