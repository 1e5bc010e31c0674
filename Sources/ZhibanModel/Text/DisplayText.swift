extension String {
    /// Columns this string takes in a terminal.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The longest prefix that fits in `columns`, never cutting a wide character in half.
    /// When the text is cut and `ellipsis` is given, the ellipsis is placed inside the limit.
    public func truncated(toColumns columns: Int, ellipsis: String = "") -> String {
        guard displayWidth > columns else { return self }
        let room = columns - ellipsis.displayWidth
        guard room >= 0 else { return String(ellipsis.prefix(max(0, columns))) }
        var used = 0
        var result = ""
        for character in self {
            let width = DisplayWidth.of(character)
            if used + width > room { break }
            used += width
            result.append(character)
        }
        return result + ellipsis
    }

    /// Pads with spaces on the right (or left, when `alignRight`) to exactly `columns`,
    /// truncating first when longer.
    public func padded(toColumns columns: Int, alignRight: Bool = false) -> String {
        let width = displayWidth
        let fitted = width > columns ? truncated(toColumns: columns) : self
        let fill = String(repeating: " ", count: max(0, columns - (width > columns ? fitted.displayWidth : width)))
        return alignRight ? fill + fitted : fitted + fill
    }

    /// The text with everything a terminal or a printer would act on made harmless: control
    /// characters (C0, C1, DEL, so also ESC and every ANSI/OSC sequence) become `�`,
    /// bidi overrides and isolates are dropped, NUL is dropped. Line breaks (also the Unicode
    /// line and paragraph separators) and tabs become spaces.
    public var sanitizedForDisplay: String {
        if isPlainlyPrintable { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x00: continue
            case 0x0A, 0x0D, 0x09, 0x2028, 0x2029: out.append(" ")
            case 0x01...0x1F, 0x7F...0x9F: out.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// The text as it is shown in a terminal, whether by the interface, a command's message or
    /// a plain-text print: `sanitizedForDisplay`, and emoji sequences shown as their parts.
    ///
    /// Terminals disagree on how wide a joined emoji is: 👨‍👩‍👧 (three emoji joined by U+200D) is
    /// six columns where each character is measured alone (wcwidth: curses, tmux, xterm) and two
    /// where graphemes are drawn whole. So the joiners (ZWJ), the variation selectors that ask
    /// for text or emoji presentation, and skin-tone modifiers are left out here, and every
    /// terminal draws the parts one by one, in exactly the columns `DisplayWidth` counts; no
    /// row can then spill into the next cell, column or person.
    public var sanitizedForTerminal: String {
        if isPlainlyPrintable { return self }
        var out = String.UnicodeScalarView()
        for scalar in sanitizedForDisplay.unicodeScalars where !DisplayWidth.isLeftOutInTerminal(scalar) {
            out.append(scalar)
        }
        return String(out)
    }

    /// Whether the text is only printable ASCII and scalars of U+3000–U+9FFF and U+FF00–U+FF7F
    /// (CJK punctuation, kana, ideographs, full-width forms), none of which the sanitizers
    /// change: then they give the text back as it is, without rebuilding it scalar by scalar.
    /// Checked on the UTF-8 bytes.
    var isPlainlyPrintable: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            var position = 0
            while position < bytes.count {
                let byte = bytes[position]
                if byte >= 0x20 && byte < 0x7F {
                    position += 1
                } else if byte >= 0xE3 && byte <= 0xE9 {
                    position += 3
                } else if byte == 0xEF && position + 1 < bytes.count && (bytes[position + 1] == 0xBC || bytes[position + 1] == 0xBD) {
                    position += 3
                } else {
                    return false
                }
            }
            return true
        } ?? false
    }
}
