import Testing
@testable import BriefCore

@Suite struct RouteTests {
    @Test("a route component is one segment that stays in its folder")
    func segments() {
        for bad in ["", ".", "..", "a/b", "/", "../x", "x/"] { #expect(!Route.isSegment(bad), "\(bad)") }
        for good in ["a", "...", ".well-known", "a.b", "a..b", "2024", "été"] { #expect(Route.isSegment(good), "\(good)") }
    }

    @Test func folderRoutesAreServedByTheirIndex() {
        let route = Route(folder: "articles", "paris-summit")
        #expect(route.outputPath == "articles/paris-summit/index.html")
        #expect(route.urlPath == "articles/paris-summit/")
        #expect(route.rootPrefix == "../../")
    }

    @Test func linksAreRelativeAndNameTheIndexFile() {
        let article = Route(folder: "articles", "a")
        #expect(Route.home.link(to: article) == "articles/a/index.html")
        #expect(article.link(to: .home) == "../../index.html")
        #expect(article.link(to: Route(folder: "articles", "b"), fragment: "p3") == "../../articles/b/index.html#p3")
        #expect(Route(file: "404.html").link(to: .home) == "index.html")
    }
}
