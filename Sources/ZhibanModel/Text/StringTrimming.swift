extension StringProtocol {
    /// The string without leading and trailing white space, including the full-width space `　`
    /// and the no-break space that spreadsheets leave behind.
    public func trimmingWhitespace() -> String {
        let isBlank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// Splits a `;`-separated list (also `；`, the full-width semicolon, and `、`), trimming each
    /// item and dropping empty ones.
    public func splitList() -> [String] {
        split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "、" })
            .map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }
}
