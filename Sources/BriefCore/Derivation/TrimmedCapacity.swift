extension Array {
    /// The same elements in storage of their own size. An array grown by appending keeps up to
    /// twice the room it needs; the briefing holds its quotations and statements for the whole
    /// build, so they are kept without that spare room.
    public func trimmingCapacity() -> [Element] {
        capacity - count > count / 16 ? map { $0 } : self
    }
}
