/// The paths the preview server answers itself; everything else is a file of the site.
///
/// They share one prefix that no page of a brief site uses (slugs are `[a-z0-9-]`).
public enum PreviewRoutes {
    /// The reserved prefix.
    public static let prefix = "/__brief/"
    /// The server-sent-events stream of ``ServerEvent``s.
    public static let events = prefix + "events"
    /// The live-reload script (``LiveReloadScript/source``).
    public static let script = prefix + "live-reload.js"
    /// The last build's ``BuildStatus`` as JSON.
    public static let status = prefix + "status"
}
