import BriefCore
import BriefSite
import FuzzSupport

/// Front matter: a `---` block of fuzzed YAML over a fixed body, split and read as metadata, and the raw input split as it is.
@_cdecl("FuzzFrontMatter_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let text = fuzzText(data, size)
        _ = try? FrontMatter.split(text, file: "fuzz.md")
        let article = Array(("---\n" + text + "\n---\nA body.\n").utf8)
        _ = try? ArticleLoader.load(ArticleSource(path: "content/articles/fuzz.md", bytes: article))
        return 0
    }
}
