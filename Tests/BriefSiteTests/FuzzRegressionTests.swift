import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// The inputs the fuzzers reported (`Fuzz/artifacts/`), kept whatever they turned out to be. The four
/// of December 2026 were reported as hangs (10 to 21 s) while the machine ran at load 82 and the fuzzers
/// at nice 19; alone each ran in 0 to 167 ms. Each is read as a `.txt` and a `.md` article and analysed,
/// as `FuzzArticleReader` does, and must cost well under a second of CPU.
@Suite struct FuzzRegressionTests {
    /// Each input by the target that reported it, base64.
    static let inputs: [String: String] = [
        "FuzzArticleReader": "b3JvbWlzSW4jIE1ldGFkYXRhIGZvciB0aGUgLnR4dCBhcnRpY2xlIGJlc2lkZSB0aGlzIGZpbGUgKGEgc2lkZWMgO2FhIHJgLS0tYGV0YWRhdGEgZm9yIHRoZSAudHh0IGFydGljbGUgYmVzaWRlIHRoaXMgZmlsZSAoYSBpc2RlYmVzaWRlIHRoaXMgZmlsZSAoYSBzaWRlYyA7YWEgcmAtLS1gZXRhZGF0YSBmb3IgdGhlIC50eHQgYXJ0aWNsZSBiZXNpZGUgdGhpcyBmaWxlIChhIHNpZGVjIDthYSByYHJrcyB0b28pLgpkYXRlOiAyMDI1LTA5LTAzCnNvLS0tYCBiYSBmb3IgdGhlIC50eHQgYXJ0aWNsZSBiZXNpZGUgdGhpcyBmaWxlIChhIHNpZGVjYXI7IGEgYC0tLWAgYmxvY2sgYXQgdGhFIyBFZSB0b3Agb2xvY2sgYXRpbmdlIHRvcCBvZiB0aGUgLnR4dCBpYmVyLkF6Cg==",
        "FuzzFrontMatter": "IyBNZXQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGFkYXRhIGZvciB0aGUgLnR4dCBhcnRpY2xlIGJlc6tkZSB0aGlzIGZpbGUgKGEgc2lkZf////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////9jYXI7IGEgYC0tLWAgYmxvY2sgYXQgdGhlIHRvcCAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwNTAtMDktMDMKc291cmNlOiBDYWxpYmVyLkF6Cg==",
        "FuzzNames": "IyBNZXRhCQAAAAAAAABkYXRhIGZvciB0aGUgLnR4dCBhcnRpY2xlIGJlc2lkZSB0aGlzIGZpbGUgKGEgc2lkLGUK8goKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCwoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgphdCCEl5rfi5CP329mSEhISEhISAEAkNpISEhISCB0aGUgLnR4dCB3b3JrcyB0b28pLgpkYXRlOiAxIDI1LTA5LTAz////////////////////////////////////////////////////OS0wMwpzb3VyY291cmNlOiBDYWxpYgAA/////wAAAAAAAAAAAAAAAAAAAGVyLkF6Cg==",
        "FuzzQuotations": "RXVyb3BlIHJlYWR5IHRvIHBsZWRnZSBzZWN1cmn0eSBndWFyYW50ZWVzIGZvciBVa3JhaW5lLCBNYWNyb24gc2F5cwpGcmVuY2ggUHJlc2lkZW50IEVtbWFudWVsIE1hY3JvbiBzYWlkIEV1cm9wAiBpcyBwcmVwYXJlZCB0byBwcm92aWRlIFVrcmFpbmUgd2l0aCBzZWN1cml0eSBndWFyYW50ZWVzIG9uY2UgYSBwZWFjZSBhY2NvcmQgaXMgcmVhY2hlZCwgYXMgS3lpdiBhbmQgRXVyb3BlYW4gbGVhZGVy/SBnYXRoZXIgaW4gUGFyaXMgdG8gc3RlcCB1cCBwcmVzc3VyZSBvbiBSdXNzaWEgdG8gZW5kIGl0cyB0aHJlZS1hbmQtYS1oYWxmT3B0aW9uYWxyLgrigJxXZSBhcmUgcmVhZHksIHdlIHRoZSBFdXJvcGVhbnMsIHRvIG9mZmVyIHRoZSBzZWN1cml0eSBndWFyYW50ZWVzIHRvIFVrcmFpbmUgYW5kIFVrcmFpbmlhbnMgdGhlIKNheSB0aGF0IGEgcGVhY2UgKGFjY29yZCkgaXMgc2lnbmVkLOKAnSBDYWxpYmVyLkF6IHF1b3RlcyBNYWNyb24gYXMgc2F5Y25nIGF0IHRoZSBFbHlzw6llIFBhbNRjZSBhbG8=",
    ]

    @Test(arguments: inputs.keys.sorted())
    func aReportedInputIsReadAndAnalysedQuickly(_ target: String) throws {
        let bytes = try #require(Data(base64Encoded: Self.inputs[target]!)).map { $0 }
        let start = PathologicalArticleTests.threadCPUSeconds()
        for path in ["content/articles/fuzz.txt", "content/articles/fuzz.md"] {
            if let loaded = try? ArticleLoader.load(ArticleSource(path: path, bytes: bytes)) {
                _ = ArticleAnalyzer.analyze(loaded.article)
            }
        }
        #expect(PathologicalArticleTests.threadCPUSeconds() - start < 2, "\(target)")
    }
}
