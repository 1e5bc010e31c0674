/// Terminal display width of text: 一个汉字 is two columns, a combining mark none.
///
/// A pure-Swift table (East Asian Wide and Fullwidth ranges of Unicode 15, plus emoji), so the
/// core measures exactly what the terminal edge draws without linking curses or libc's wcwidth.
///
/// A character (grapheme cluster) takes the columns of its scalars added up, as curses and
/// most terminals draw it (each scalar by its wcwidth), never the width of its widest scalar:
/// a family emoji joined with U+200D is 2 + 0 + 2 + 0 + 2 columns. Joiners, variation selectors
/// and skin-tone modifiers count nothing, since terminals are shown the text without them
/// (`String.sanitizedForTerminal`).
public enum DisplayWidth {
    /// Columns taken by one Unicode scalar: 0, 1 or 2. Control characters count 0 (callers
    /// must replace them before drawing; see `String.sanitizedForDisplay`).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Columns taken by one character (a grapheme cluster): its scalars' columns added up.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars { width += of(scalar) }
        return width
    }

    /// Whether a scalar is left out of what a terminal is shown (`String.sanitizedForTerminal`):
    /// the zero-width joiner, the text and emoji variation selectors, and skin-tone modifiers,
    /// which terminals either join into one glyph or draw apart, each in a different width.
    public static func isLeftOutInTerminal(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0x200D || v == 0xFE0E || v == 0xFE0F || (0x1F3FB...0x1F3FF).contains(v)
    }

    /// Columns taken by a string: its scalars' columns added up, which is what its characters'
    /// columns add up to, without cutting it into characters (slow for Chinese text).
    public static func of(_ text: some StringProtocol) -> Int {
        if let total = text.utf8.withContiguousStorageIfAvailable(of(utf8:)) { return total }
        var total = 0
        for scalar in Substring(text).unicodeScalars { total += of(scalar) }
        return total
    }

    /// Columns taken by valid UTF-8: its scalars decoded straight from the bytes (a text table
    /// of a district measures 170,000 cells; going through `unicodeScalars` took most of it).
    private static func of(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var total = 0
        var position = 0
        while position < bytes.count {
            let lead = UInt32(bytes[position])
            if lead < 0x80 {
                total += lead >= 0x20 && lead != 0x7F ? 1 : 0
                position += 1
                continue
            }
            if lead >= 0xE5 && lead <= 0xE9 {  // U+5000–U+9FFF: ideographs, every one of them wide
                total += 2
                position += 3
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard position + length <= bytes.count else { break }  // not valid UTF-8: never from a String
            var value = lead & (0xFF >> UInt32(length + 1))
            for next in 1..<length { value = value << 6 | UInt32(bytes[position + next] & 0x3F) }
            total += Unicode.Scalar(value).map(of) ?? 0
            position += length
        }
        return total
    }

    private static func isZeroWidth(_ v: UInt32) -> Bool {
        (0x300...0x36F).contains(v) || (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v)
            || (0xE0000...0xE007F).contains(v) || (0x1F3FB...0x1F3FF).contains(v) || (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2060...0x2064).contains(v) || (0xFE00...0xFE0F).contains(v) || v == 0xFEFF
            || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v) || (0x20D0...0x20FF).contains(v)
            || (0xFE20...0xFE2F).contains(v) || (0xE0100...0xE01EF).contains(v)
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF,
        0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F64F,
        0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD,
        0x30000...0x3FFFD,
    ]

    private static func isWide(_ v: UInt32) -> Bool {
        guard v >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lowerBound { high = mid - 1 } else if v > range.upperBound { low = mid + 1 } else { return true }
        }
        return false
    }
}
