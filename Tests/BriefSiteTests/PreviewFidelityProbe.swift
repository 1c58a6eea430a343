import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// A measurement on a real corpus, run only when asked: builds the project named by
/// `PREVIEW_PROBE_PROJECT` (for example one `../shared/tools/to_content.py` made), edits every tenth
/// article (`PREVIEW_PROBE_MODE=append` adds a paragraph, `drop` removes the last one), previews each
/// edit against the first build, rebuilds once, and prints how many preview pages are byte-identical
/// to the rebuilt ones, with the first differences of the others. Skipped without the variable.
@Suite struct PreviewFidelityProbe {
    @Test("preview pages of a real corpus's edits are mostly the pages the rebuild writes")
    func probe() throws {
        guard let root = ProcessInfo.processInfo.environment["PREVIEW_PROBE_PROJECT"] else { return }
        let project = URL(fileURLWithPath: root)
        let site = project.appendingPathComponent("site")
        let source = PreviewSource()
        var options = SiteBuilder.Options(projectRoot: project, output: site)
        options.preview = source
        _ = try SiteBuilder.build(options)
        let folder = project.appendingPathComponent("content/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let mode = ProcessInfo.processInfo.environment["PREVIEW_PROBE_MODE"] ?? "append"
        var previews: [String: [UInt8]] = [:]
        for (i, name) in names.enumerated() where i % 10 == 0 {
            let url = folder.appendingPathComponent(name)
            var text = try String(contentsOf: url, encoding: .utf8)
            if mode == "append" {
                text += "\n\nThe editors updated this article.\n"
            } else {
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if let range = trimmed.range(of: "\n\n", options: .backwards) { text = String(trimmed[..<range.lowerBound]) + "\n" }
            }
            try text.write(to: url, atomically: true, encoding: .utf8)
            let kept = try #require(source.current)
            guard let pages = ArticlePreviewer.pages(changed: ["content/articles/" + name], projectRoot: project, includeDrafts: false, kept: kept) else {
                print("NO PREVIEW", name); continue
            }
            for page in pages { previews[page.path] = page.html }
        }
        _ = try SiteBuilder.build(options)
        var same = 0
        for (path, html) in previews.sorted(by: { $0.key < $1.key }) {
            let built = try [UInt8](Data(contentsOf: site.appendingPathComponent(path)))
            if built == html { same += 1; continue }
            let a = String(decoding: html, as: UTF8.self).components(separatedBy: "\n")
            let b = String(decoding: built, as: UTF8.self).components(separatedBy: "\n")
            let diffs = zip(a, b).enumerated().filter { $0.element.0 != $0.element.1 }
            print("DIFF", path, "lines", a.count, b.count)
            for d in diffs.prefix(3) {
                let x = Array(d.element.0.utf8), y = Array(d.element.1.utf8)
                var k = 0
                while k < min(x.count, y.count) && x[k] == y[k] { k += 1 }
                let lo = max(0, k - 200)
                print("  preview:", String(decoding: x[lo..<min(x.count, k + 200)], as: UTF8.self))
                print("  built:  ", String(decoding: y[lo..<min(y.count, k + 200)], as: UTF8.self))
            }
        }
        print("PROBE same \(same) of \(previews.count)")
        #expect(same * 10 >= previews.count * 9, "\(same) of \(previews.count) preview pages as rebuilt")
    }
}
