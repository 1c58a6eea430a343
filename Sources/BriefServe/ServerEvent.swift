import Foundation

/// One message on the live-reload stream, in the `text/event-stream` format.
public struct ServerEvent: Sendable, Equatable {
    /// The kinds of event the live-reload script understands.
    public enum Kind: String, Sendable {
        /// The current status, sent first on every connection.
        case status
        /// A rebuild was swapped in: reload the page.
        case reload
        /// Provisional pages of edited articles are served while the rebuild runs: reload the page.
        case preview
        /// A rebuild failed: show its errors; the old site stays.
        case failed
    }

    /// What happened.
    public var kind: Kind
    /// The status after it happened.
    public var status: BuildStatus

    /// An event of `kind` carrying `status`.
    public init(kind: Kind, status: BuildStatus) {
        self.kind = kind
        self.status = status
    }

    /// The event as sent: `event:` and one `data:` line of JSON (JSON escapes newlines, so one line
    /// is enough), then a blank line.
    public var wireText: String {
        "event: \(kind.rawValue)\ndata: \(Self.json(status))\n\n"
    }

    /// `status` as compact JSON.
    static func json(_ status: BuildStatus) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(status)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
