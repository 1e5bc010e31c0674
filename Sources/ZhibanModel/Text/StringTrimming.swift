extension String {
    /// The string without leading and trailing white space, including the full-width space `　`
    /// and the no-break space that spreadsheets leave behind.
    ///
    /// A cell that starts and ends with a plain letter, digit or Chinese character (almost every
    /// cell) is returned as it is, told from its first and last bytes without walking its
    /// `Character`s: their comparisons normalise Unicode and made reading a district's files slow.
    public func trimmingWhitespace() -> String {
        SimpleUTF8.ends(of: utf8) == .plain ? self : self[...].trimmingWhitespace()
    }

    /// Splits a `;`-separated list (also `；`, the full-width semicolon, and `、`), trimming each
    /// item and dropping empty ones. A list of one item with nothing to trim (a duty of one
    /// person, most cells) is the string itself, not a copy.
    public func splitList() -> [String] {
        switch utf8.withContiguousStorageIfAvailable(SimpleUTF8.splitList) {
        case .whole?: return [self]
        case .items(let items)?: return items
        case .notSimple?, nil: return self[...].splitList()
        }
    }
}

extension Substring {
    /// The text without leading and trailing white space (see `String.trimmingWhitespace()`).
    public func trimmingWhitespace() -> String {
        switch SimpleUTF8.ends(of: utf8) {
        case .empty: return ""
        case .plain: return String(self)
        case .other: break
        }
        let isBlank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let start = firstIndex(where: { !isBlank($0) }), let end = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[start...end])
    }

    /// Splits a `;`-separated list (see `String.splitList()`).
    ///
    /// Text made only of ASCII, Chinese characters and punctuation (where every scalar is a
    /// `Character` of its own) is split on its UTF-8 bytes; other text on its `Character`s.
    public func splitList() -> [String] {
        switch utf8.withContiguousStorageIfAvailable(SimpleUTF8.splitList) {
        case .whole?: return [String(self)]
        case .items(let items)?: return items
        case .notSimple?, nil: break
        }
        return split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "、" })
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (see `String.trimmingWhitespace()`).
    public func trimmingWhitespace() -> String { Substring(self).trimmingWhitespace() }

    /// Splits a `;`-separated list (see `String.splitList()`).
    public func splitList() -> [String] { Substring(self).splitList() }
}

/// Shortcuts over the UTF-8 bytes of text made of simple scalars (`Unicode.Scalar.isSimpleText`),
/// where every scalar is a `Character` of its own and the only white space is ASCII's and `　`.
public enum SimpleUTF8 {
    /// Whether `trimmingWhitespace()` leaves the text of these UTF-8 bytes as it is, told from
    /// its first and last bytes alone; false when they cannot tell. A reader of many cells
    /// (`CSVParser`) asks this once per cell, while it holds the bytes.
    public static func needsNoTrimming(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { ends(of: bytes) != .other }

    /// What the ends of a text show.
    enum Ends {
        /// No text at all.
        case empty
        /// Starts and ends with a scalar that is no white space and begins no longer `Character`
        /// (a printable ASCII sign or a Chinese character): trimming leaves the text as it is.
        case plain
        /// Anything else: the `Character`s must tell.
        case other
    }

    /// What the first and last bytes of `bytes` show.
    static func ends<Bytes: BidirectionalCollection<UInt8>>(of bytes: Bytes) -> Ends {
        guard let first = bytes.first, let last = bytes.last else { return .empty }
        // The first scalar: printable ASCII, or a lead byte of U+4000–U+9FFF (Chinese, no space).
        guard (0x21...0x7E).contains(first) || (0xE4...0xE9).contains(first) else { return .other }
        if (0x21...0x7E).contains(last) { return .plain }
        // The last scalar, when it is three bytes long: simple, and not the full-width space.
        let tail = bytes.suffix(3)
        guard tail.count == 3, let lead = tail.first, (0xE0...0xEF).contains(lead) else { return .other }
        let value = tail.reduce(UInt32(0)) { $0 << 6 | UInt32($1 & 0x3F) } & 0xFFFF
        let scalar = Unicode.Scalar(value) ?? " "
        return scalar.isSimpleText && scalar != "\u{3000}" ? .plain : .other
    }

    /// What a list's bytes hold (`splitList`).
    enum ListItems {
        /// One item, the whole text: nothing to split, nothing to trim.
        case whole
        /// The items, trimmed, empty ones dropped.
        case items([String])
        /// A scalar that is not simple: the `Character`s must tell.
        case notSimple
    }

    /// The `;`/`；`/`、`-separated items of `bytes`, trimmed, empty ones dropped.
    static func splitList(_ bytes: UnsafeBufferPointer<UInt8>) -> ListItems {
        guard !bytes.isEmpty else { return .items([]) }
        var items: [String] = []
        var start = 0
        var index = 0
        // Each item ends at a separator (its width) or at the end; no nested function, whose
        // captured list would live in a box checked on every access (a district's 45,000 lists).
        while index <= bytes.count {
            var separator = 0
            if index == bytes.count {
                separator = 1
            } else {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == UInt8(ascii: ";") { separator = 1 } else { index += 1; continue }
                } else if byte >= 0xE4 && byte <= 0xE9 && index + 2 < bytes.count {
                    index += 3  // U+4000–U+9FFF: a Chinese character, simple and no separator
                    continue
                } else {
                    guard byte & 0xF0 == 0xE0, index + 2 < bytes.count else { return .notSimple }
                    let value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    guard let scalar = Unicode.Scalar(value), scalar.isSimpleText else { return .notSimple }
                    guard scalar == "；" || scalar == "、" else { index += 3; continue }
                    separator = 3
                }
            }
            var (low, high) = (start, index)
            while low < high, let width = blankWidth(bytes, at: low) { low += width }
            while low < high, let width = blankWidthBefore(bytes, end: high, from: low) { high -= width }
            if low == 0 && high == bytes.count { return .whole }
            if low < high {
                if items.isEmpty { items.reserveCapacity(4) }  // lists are short: one allocation, not growing
                items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self))
            }
            index += separator
            start = index
        }
        return .items(items)
    }

    /// The width of the white space scalar at `index`, nil when there is none.
    private static func blankWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        if isASCIIBlank(bytes[index]) { return 1 }
        return isFullWidthSpace(bytes, at: index) ? 3 : nil
    }

    /// The width of the white space scalar ending at `end` (not before `start`), nil when there is none.
    private static func blankWidthBefore(_ bytes: UnsafeBufferPointer<UInt8>, end: Int, from start: Int) -> Int? {
        if isASCIIBlank(bytes[end - 1]) { return 1 }
        return end - 3 >= start && isFullWidthSpace(bytes, at: end - 3) ? 3 : nil
    }

    private static func isASCIIBlank(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// `　` (U+3000) is E3 80 80.
    private static func isFullWidthSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE3 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80
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
