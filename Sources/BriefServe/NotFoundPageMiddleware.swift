import Hummingbird

/// Turns "no such file" into the site's own `404.html` with status 404 (live-reload tag included),
/// or a minimal page when the site has none yet (e.g. the first build failed).
public struct NotFoundPageMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The folder holding `404.html`.
    public let root: String

    /// Serves `root/404.html` for missing pages.
    public init(root: String) {
        self.root = root
    }

    /// Passes the request on; replaces a 404 error with the 404 page.
    public func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError where error.status == .notFound {
            return notFoundPage(for: request)
        }
    }

    /// The 404 response for `request` (no body for HEAD).
    func notFoundPage(for request: Request) -> Response {
        let bytes = pageBytes()
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentLength] = String(bytes.count)
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        return Response(status: .notFound, headers: headers, body: body)
    }

    private func pageBytes() -> [UInt8] {
        if let real = try? SafePath(decodedPath: "/404.html").resolve(in: root),
           let page = SiteFile.load(real), !page.isFolder {
            return page.bytes
        }
        return LiveReloadScript.inject(into: Array(Self.fallbackPage.utf8))
    }

    /// Shown when the site has no `404.html`.
    static var fallbackPage: String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
        <body><h1>Not found</h1><p>There is no page at this address in the preview.</p></body></html>

        """
    }
}
