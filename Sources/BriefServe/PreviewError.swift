import BriefCore

/// Why the preview server could not run.
public enum PreviewError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The output folder is one a build must not replace (so it must not be served either):
    /// the project itself, an input folder, or a folder brief did not make.
    case refusedOutput(Diagnostic)
    /// Another program already listens on the port.
    case portInUse(host: String, port: Int)
    /// Binding failed for another reason (a host that is not this machine's, a privileged port...).
    case cannotListen(host: String, port: Int, reason: String)
    /// The server stopped with an unexpected error.
    case failed(String)

    /// A one-line message for the terminal.
    public var description: String {
        switch self {
        case .refusedOutput(let diagnostic):
            diagnostic.message
        case .portInUse(let host, let port):
            "port \(port) is already in use on \(host)"
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host):\(port): \(reason)"
        case .failed(let reason):
            "the preview server stopped: \(reason)"
        }
    }
}
