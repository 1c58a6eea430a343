/// The small script that preview pages carry: it listens to ``PreviewRoutes/events``, reloads the
/// page when a rebuild has been swapped in, and draws an overlay with the errors of a failed rebuild.
///
/// It is added to HTML responses as they are served (``inject(into:)``), never written into the
/// site, so `brief build`'s output stays free of it.
public enum LiveReloadScript {
    /// The tag added before `</body>`.
    public static let tag = "<script src=\"\(PreviewRoutes.script)\" defer></script>"

    /// The tag's UTF-8 bytes (their count is what injection adds to every HTML file).
    public static let tagBytes: [UInt8] = Array(tag.utf8)

    /// `html` with ``tag`` inserted before its last `</body>` (any case), or appended when there is none.
    public static func inject(into html: [UInt8]) -> [UInt8] {
        var result = html
        result.insert(contentsOf: tagBytes, at: insertionIndex(in: html))
        return result
    }

    /// Where ``inject(into:)`` puts the tag: the start of the last `</body>`, else the end.
    static func insertionIndex(in html: [UInt8]) -> Int {
        let needle = Array("</body".utf8)
        guard html.count >= needle.count else { return html.count }
        var start = html.count - needle.count
        while start >= 0 {
            if matchesIgnoringCase(html, at: start, needle) { return start }
            start -= 1
        }
        return html.count
    }

    private static func matchesIgnoringCase(_ html: [UInt8], at start: Int, _ needle: [UInt8]) -> Bool {
        for offset in needle.indices where lowercased(html[start + offset]) != needle[offset] {
            return false
        }
        return true
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// The script served at ``PreviewRoutes/script``. Error text is only ever set with `textContent`.
    public static let source = #"""
    (() => {
      "use strict";
      const overlayId = "__brief_overlay";
      let shown = null;
      function hideOverlay() {
        const old = document.getElementById(overlayId);
        if (old) old.remove();
      }
      function showOverlay(errors) {
        hideOverlay();
        const box = document.createElement("div");
        box.id = overlayId;
        box.setAttribute("role", "alert");
        box.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.92);" +
          "color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem;overflow:auto";
        const title = document.createElement("div");
        title.style.cssText = "font-weight:bold;color:#ff6b6b;margin-bottom:1rem";
        title.textContent = "brief: the rebuild failed; this page shows the last good build.";
        const text = document.createElement("pre");
        text.style.cssText = "white-space:pre-wrap;margin:0";
        text.textContent = errors.join("\n\n");
        const note = document.createElement("div");
        note.style.cssText = "margin-top:1rem;color:#bbb";
        note.textContent = "Fix the file and save: the page reloads when the site builds again.";
        box.append(title, text, note);
        document.body.append(box);
      }
      function apply(status) {
        if (!status.ok) { showOverlay(status.errors); return; }
        hideOverlay();
      }
      const events = new EventSource("\#(PreviewRoutes.events)");
      events.addEventListener("status", (event) => {
        const status = JSON.parse(event.data);
        if (shown !== null && status.ok && status.build !== shown) { location.reload(); return; }
        shown = status.build;
        apply(status);
      });
      events.addEventListener("reload", () => location.reload());
      events.addEventListener("preview", () => location.reload());
      events.addEventListener("failed", (event) => apply(JSON.parse(event.data)));
    })();
    """#
}
