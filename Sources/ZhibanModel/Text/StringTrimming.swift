extension StringProtocol {
    /// The string without leading and trailing white space, including the full-width space `　`
    /// and the no-break space that spreadsheets leave behind.
    public func trimmingWhitespace() -> String {
        // Fast path, for the many cells read with nothing to trim: a string that starts and ends
        // with a visible ASCII character or a CJK ideograph (neither is white space nor can be
        // joined onto one) is returned whole without walking its characters.
        if let first = unicodeScalars.first, let last = unicodeScalars.last, first.startsOrEndsPlainly, last.startsOrEndsPlainly {
            return String(self)
        }
        let isBlank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// Splits a `;`-separated list (also `；`, the full-width semicolon, and `、`), trimming each
    /// item and dropping empty ones.
    public func splitList() -> [String] {
        if let pieces = plainlySeparatedPieces() { return pieces.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty } }
        return split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "、" })
            .map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }
}

private extension StringProtocol {
    /// Fast path of `splitList`, by scalar: the pieces between separators when every separator
    /// stands between plain scalars (`startsOrEndsPlainly`) or at an end, so that it is a
    /// character of its own, as the split by character would see it; nil otherwise.
    func plainlySeparatedPieces() -> [Substring.UnicodeScalarView]? {
        let scalars = Substring(self).unicodeScalars
        var pieces: [Substring.UnicodeScalarView] = []
        var start = scalars.startIndex
        var previous: Unicode.Scalar?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == ";" || scalar == "；" || scalar == "、" {
                guard previous?.startsOrEndsPlainly ?? true, next == scalars.endIndex || scalars[next].startsOrEndsPlainly else {
                    return nil
                }
                pieces.append(scalars[start..<index])
                start = next
            }
            previous = scalar
            index = next
        }
        pieces.append(scalars[start..<scalars.endIndex])
        return pieces
    }
}

private extension Substring.UnicodeScalarView {
    func trimmingWhitespace() -> String { Substring(self).trimmingWhitespace() }
}

private extension Unicode.Scalar {
    /// A visible ASCII character or a CJK ideograph: never white space, never part of a character
    /// that starts with white space.
    var startsOrEndsPlainly: Bool { (0x21...0x7E).contains(value) || (0x4E00...0x9FFF).contains(value) }
}
