import Hummingbird

/// Refuses, with `400 Bad Request`, any request whose raw path could climb out of the site or
/// smuggle a separator: `..` and `.` segments (plain or `%2e`-encoded), encoded `/`, backslashes,
/// NUL, `//`, bad escapes. Runs before anything looks at the file system.
public struct PathGuardMiddleware<Context: RequestContext>: RouterMiddleware {
    /// A guard for every request.
    public init() {}

    /// Passes the request on only if its path is a ``SafePath``.
    public func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            _ = try SafePath(requestPath: request.uri.path)
        } catch {
            return Self.refusal(error)
        }
        return try await next(request, context)
    }

    /// The plain-text 400 response naming what was wrong.
    static func refusal(_ rejection: PathRejection) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: .badRequest, headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(string: "Bad request: path refused (\(rejection)).\n")))
    }
}
