import ServiceLifecycle

/// Lets code other than a signal stop a running ``PreviewServer`` gracefully (tests, embedding).
/// Calling ``trigger()`` has the same effect as Ctrl-C.
public struct ShutdownTrigger: Sendable {
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    /// A trigger not yet pulled.
    public init() {
        (stream, continuation) = AsyncStream.makeStream(of: Void.self)
    }

    /// Asks the server to shut down gracefully.
    public func trigger() {
        continuation.yield()
        continuation.finish()
    }

    /// A service that returns when the trigger is pulled (its group is configured to shut down
    /// gracefully when it returns) or when the group shuts down for another reason.
    var service: some Service { TriggerService(stream: stream) }

    private struct TriggerService: Service {
        let stream: AsyncStream<Void>

        func run() async throws {
            await cancelWhenGracefulShutdown {
                for await _ in stream { return }
            }
        }
    }
}
