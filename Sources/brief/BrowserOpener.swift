import Foundation

/// Opens a URL in the user's browser with `xdg-open` (or `open` on macOS), silently doing nothing
/// when neither is installed.
enum BrowserOpener {
    static func open(_ url: String) {
        for tool in ["/usr/bin/xdg-open", "/usr/local/bin/xdg-open", "/usr/bin/open"]
        where FileManager.default.isExecutableFile(atPath: tool) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = [url]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try? process.run()
            return
        }
    }
}
