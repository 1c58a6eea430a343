/// Where the preview stands: which build is served and whether the last rebuild failed.
///
/// Sent as JSON to the browser, which shows `errors` in an overlay while `ok` is false.
public struct BuildStatus: Sendable, Equatable, Codable {
    /// Identifies the site being served; it changes each time a rebuild is swapped in (and with
    /// each run of the server, so a browser reconnecting to a new server reloads).
    public var build: String
    /// Whether the last build succeeded. When false, the previous good site is still served.
    public var ok: Bool
    /// The last build's errors as `file:line: error: message` lines (empty when `ok`).
    public var errors: [String]

    /// A status with the given fields.
    public init(build: String, ok: Bool, errors: [String] = []) {
        self.build = build
        self.ok = ok
        self.errors = errors
    }
}
