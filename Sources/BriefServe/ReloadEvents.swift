/// The live-reload broadcaster: holds the current ``BuildStatus`` and hands every event to every
/// connected browser (one `AsyncStream` per server-sent-events connection).
public actor ReloadEvents {
    /// The status a newly connected browser is told first.
    public private(set) var status: BuildStatus
    private var subscribers: [Int: AsyncStream<ServerEvent>.Continuation] = [:]
    private var nextID = 0
    private var closed = false

    /// A broadcaster starting from `status`.
    public init(status: BuildStatus) {
        self.status = status
    }

    /// The number of connected listeners.
    public var listenerCount: Int { subscribers.count }

    /// A stream that starts with a ``ServerEvent/Kind/status`` event and then carries every event
    /// published, until the listener goes away or ``close()`` is called.
    public func subscribe() -> AsyncStream<ServerEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: ServerEvent.self, bufferingPolicy: .bufferingNewest(16))
        continuation.yield(ServerEvent(kind: .status, status: status))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextID
        nextID += 1
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        return stream
    }

    /// Records `status` and sends it to every listener as a `kind` event.
    public func publish(_ kind: ServerEvent.Kind, status: BuildStatus) {
        self.status = status
        let event = ServerEvent(kind: kind, status: status)
        for continuation in subscribers.values {
            continuation.yield(event)
        }
    }

    /// Ends every stream (so their HTTP responses complete and the server can shut down) and
    /// refuses new listeners.
    public func close() {
        closed = true
        let all = subscribers.values
        subscribers.removeAll()
        for continuation in all {
            continuation.finish()
        }
    }

    private func remove(_ id: Int) {
        subscribers[id] = nil
    }
}
