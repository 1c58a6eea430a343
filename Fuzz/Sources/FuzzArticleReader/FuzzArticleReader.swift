import BriefCore
import BriefSite
import FuzzSupport

/// The article reader: any bytes as a .txt and as a .md file (decoding, front matter, YAML, plain-text and Markdown parsing), then the article's analysis.
@_cdecl("FuzzArticleReader_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let bytes = fuzzBytes(data, size)
        for path in ["content/articles/fuzz.txt", "content/articles/fuzz.md"] {
            if let loaded = try? ArticleLoader.load(ArticleSource(path: path, bytes: bytes)) {
                _ = ArticleAnalyzer.analyze(loaded.article)
            }
        }
        return 0
    }
}
