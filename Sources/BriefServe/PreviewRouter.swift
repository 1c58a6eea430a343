import Hummingbird

/// The preview's HTTP routes: the live-reload endpoints under ``PreviewRoutes/prefix``, and every
/// other path served from the output folder by Hummingbird's `FileMiddleware` over a
/// ``SiteFileProvider``, behind a ``PathGuardMiddleware`` and with the site's 404 page.
public enum PreviewRouter {
    /// A router serving `root` (with `previews` in place of their files) and the live-reload
    /// endpoints fed by `events`.
    public static func make(root: String, events: ReloadEvents, previews: PreviewPages? = nil) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: NoCacheMiddleware())
        router.get(RouterPath(PreviewRoutes.events)) { _, _ in await eventStream(events) }
        router.get(RouterPath(PreviewRoutes.status)) { _, _ in await statusResponse(events) }
        router.get(RouterPath(PreviewRoutes.script)) { _, _ in scriptResponse() }
        // Only requests no route matched reach these: the site's files.
        router.add(middleware: PathGuardMiddleware())
        router.add(middleware: NotFoundPageMiddleware(root: root))
        router.add(middleware: FileMiddleware(fileProvider: SiteFileProvider(root: root, previews: previews), searchForIndexHtml: true))
        return router
    }

    /// `text/event-stream`: a ``ServerEvent`` per rebuild, starting with the current status.
    static func eventStream(_ events: ReloadEvents) async -> Response {
        let stream = await events.subscribe()
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            for await event in stream {
                try await writer.write(ByteBuffer(string: event.wireText))
            }
            try await writer.finish(nil)
        })
    }

    /// The current ``BuildStatus`` as JSON.
    static func statusResponse(_ events: ReloadEvents) async -> Response {
        let json = ServerEvent.json(await events.status)
        return text(json + "\n", type: "application/json; charset=utf-8")
    }

    /// The live-reload script.
    static func scriptResponse() -> Response {
        text(LiveReloadScript.source, type: "text/javascript; charset=utf-8")
    }

    private static func text(_ body: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
