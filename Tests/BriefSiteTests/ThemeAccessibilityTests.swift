import Foundation
import Testing
@testable import BriefSite

/// The default theme on the demo site: landmarks, a skip link, heading order, a favicon, and the
/// colour pairs of both colour schemes measured against WCAG 2's AA contrast.
@Suite struct ThemeAccessibilityTests {
    static func build() throws -> (URL, [String: String]) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("brief-a11y-\(UUID().uuidString)")
        _ = try SiteBuilder.build(.init(projectRoot: DemoContentTests.repository, output: output))
        let pages = try TemporaryProject.snapshot(output).filter { $0.key.hasSuffix(".html") }
            .mapValues { String(decoding: $0, as: UTF8.self) }
        return (output, pages)
    }

    @Test func everyPageHasLandmarksASkipLinkAndHeadingsInOrder() throws {
        let (output, pages) = try Self.build()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(pages.count >= 4)
        for (path, html) in pages {
            #expect(html.contains(##"<a class="skip-link" href="#content">"##), "\(path): skip link")
            #expect(html.contains(#"<main id="content""#), "\(path): main")
            #expect(html.contains(#"<header class="site-header">"#) && html.contains("<nav ") && html.contains(#"<footer class="site-footer">"#), "\(path)")
            #expect(html.contains(#"<link rel="icon" type="image/svg+xml" href=""#), "\(path): favicon")
            #expect(!html.contains("fonts.googleapis") && !html.contains("://cdn"), "\(path): nothing external")
            let levels = Self.headingLevels(html)
            #expect(levels.filter { $0 == 1 }.count == 1, "\(path): one h1")
            #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "\(path): no skipped level in \(levels)")
        }
        #expect(try LinkChecker.brokenLinks(in: output) == [])
    }

    @Test func bothColourSchemesMeetAAContrast() throws {
        let css = try String(contentsOf: DemoContentTests.repository.appendingPathComponent("Templates/assets/style.css"), encoding: .utf8)
        let light = Self.customProperties(css, after: ":root {")
        let dark = Self.customProperties(css, after: "@media (prefers-color-scheme: dark)")
        for scheme in [light, dark] {
            for (foreground, background) in [("text", "bg"), ("text", "surface"), ("muted", "bg"), ("muted", "surface"), ("link", "bg"),
                                             ("link", "surface"), ("accent", "bg"), ("accent", "accent-soft"), ("bg", "accent"), ("text", "rule")] {
                let ratio = Self.contrast(try #require(scheme[foreground]), try #require(scheme[background]))
                #expect(ratio >= 4.5, "\(foreground) on \(background): \(ratio)")
            }
            #expect(Self.contrast(try #require(scheme["focus"]), try #require(scheme["bg"])) >= 3, "focus outline")
        }
    }

    /// The levels of `<h1>`…`<h6>` in document order.
    static func headingLevels(_ html: String) -> [Int] {
        let pattern = try! NSRegularExpression(pattern: "<h([1-6])[ >]")
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range(at: 1), in: html).flatMap { Int(html[$0]) }
        }
    }

    /// `--name: #rrggbb;` declarations of the first block after `marker`.
    static func customProperties(_ css: String, after marker: String) -> [String: String] {
        guard let start = css.range(of: marker), let end = css[start.upperBound...].range(of: "}") else { return [:] }
        let pattern = try! NSRegularExpression(pattern: "--([a-z-]+):\\s*(#[0-9a-fA-F]{6});")
        let block = String(css[start.upperBound..<end.lowerBound])
        return Dictionary(pattern.matches(in: block, range: NSRange(block.startIndex..., in: block)).compactMap { match in
            guard let name = Range(match.range(at: 1), in: block), let value = Range(match.range(at: 2), in: block) else { return nil }
            return (String(block[name]), String(block[value]))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// WCAG 2 contrast ratio of two `#rrggbb` colours.
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16) ?? 0
            let channels = [value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF].map { channel -> Double in
                let c = Double(channel) / 255
                return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
