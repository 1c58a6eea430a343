extension String {
    /// The string without leading and trailing spaces, tabs and line ends (Unicode spaces too).
    public func trimmingASCIIWhitespace() -> String {
        String(self[...].trimmingASCIIWhitespace())
    }
}

extension Substring {
    /// The slice without leading and trailing spaces, tabs and line ends (Unicode spaces too), still
    /// sharing the storage of the text it slices.
    public func trimmingASCIIWhitespace() -> Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return Substring(scalars[first...last])
    }
}
