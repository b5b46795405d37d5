extension StringProtocol {
    /// The longest prefix that fits in `width` columns, and the columns it takes. A wide character that
    /// would straddle the limit is left out whole, never cut in half.
    public func prefix(fittingColumns width: Int) -> (text: SubSequence, width: Int) {
        var used = 0
        var end = startIndex
        while end < endIndex {
            let next = used + DisplayWidth.of(self[end])
            if next > width { break }
            used = next
            end = index(after: end)
        }
        return (self[startIndex..<end], used)
    }

    /// The text cut to `width` columns, ending in `…` when something was cut off.
    public func truncated(toColumns width: Int) -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        return String(prefix(fittingColumns: width - 1).text) + "…"
    }

    /// The text cut to `width` columns and padded with spaces to exactly `width` columns.
    public func padded(toColumns width: Int) -> String {
        let (text, used) = prefix(fittingColumns: width)
        return String(text) + String(repeating: " ", count: Swift.max(0, width - used))
    }
}
