import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` spread over ``BuildCores/count`` cores, keeping order. For CPU-bound work on independent
    /// elements: each worker takes the next element not yet taken, so uneven elements even out.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let count = self.count
        let workers = Swift.min(BuildCores.count, count)
        if workers < 2 { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let next = Atomic<Int>(0)
        self.withUnsafeBufferPointer { input in
            let source = UnsafeSendable(input)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < count else { return }
                    results.store(transform(source.value[index]), at: index)
                }
            }
        }
        return results.collect()
    }
}

/// Write-once slots filled from concurrent iterations, each index by exactly one iteration. The slots
/// live in memory allocated once, so concurrent stores to different indices touch no shared Swift
/// value (an array property mutated from several threads would be a data race).
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    func collect() -> [T] { slots.map { $0! } }
}

/// A buffer read concurrently but never written while shared.
private struct UnsafeSendable<V>: @unchecked Sendable {
    let value: V
    init(_ value: V) { self.value = value }
}
