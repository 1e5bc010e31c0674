extension StringProtocol {
    /// The string without leading and trailing white space, including the full-width space `　`
    /// and the no-break space that spreadsheets leave behind.
    ///
    /// A cell that starts and ends with a plain letter, digit or Chinese character (almost every
    /// cell) is returned as it is without walking its `Character`s: their comparisons normalise
    /// Unicode and made reading a district's files slow.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !first.properties.isWhitespace && first != "\u{FEFF}" && last.isSimpleText && !last.properties.isWhitespace {
            return String(self)
        }
        let isBlank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let start = firstIndex(where: { !isBlank($0) }), let end = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[start...end])
    }

    /// Splits a `;`-separated list (also `；`, the full-width semicolon, and `、`), trimming each
    /// item and dropping empty ones.
    ///
    /// Text made only of ASCII, Chinese characters and punctuation (where every scalar is a
    /// `Character` of its own) is split on its scalars; other text on its `Character`s.
    public func splitList() -> [String] {
        let scalars = Substring(self).unicodeScalars
        guard scalars.allSatisfy(\.isSimpleText) else {
            return split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "、" })
                .map { String($0).trimmingWhitespace() }
                .filter { !$0.isEmpty }
        }
        return scalars.split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "、" })
            .map { Substring($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }
}

extension Unicode.Scalar {
    /// Whether this scalar is always a `Character` of its own, equal only to itself, and white
    /// space only if it is a space, tab or line end: printable ASCII and the control characters,
    /// CJK punctuation (not its combining tone marks), Chinese characters and the full-width forms.
    var isSimpleText: Bool {
        switch value {
        case 0x00...0x7F, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: return true
        default: return false
        }
    }
}
