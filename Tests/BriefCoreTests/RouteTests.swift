import Testing
@testable import BriefCore

@Suite struct RouteTests {
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
