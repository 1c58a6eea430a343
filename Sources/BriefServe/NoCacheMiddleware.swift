import Hummingbird

/// Marks every response `Cache-Control: no-cache`: browsers may keep a copy but must revalidate it
/// (a cheap `304` thanks to ETags), so a rebuilt stylesheet or page is never served stale.
public struct NoCacheMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The middleware.
    public init() {}

    /// Adds the header unless the response already has one.
    public func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-cache"
        }
        return response
    }
}
