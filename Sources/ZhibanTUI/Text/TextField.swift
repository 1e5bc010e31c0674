import ZhibanModel

/// One line of editable text, edited by whole characters and measured in display columns:
/// Backspace removes a whole character (一个汉字, or an emoji with its modifiers), and the
/// cursor column counts a Chinese character as two.
public struct TextField: Hashable, Sendable {
    /// The text.
    public private(set) var text: String
    /// The cursor, as a number of characters before it.
    public private(set) var cursor: Int
    /// Whether the whole text is selected, as in a form field just moved into: the first
    /// character typed (or pasted) replaces it, Backspace or Del empties it, a cursor key keeps it.
    public private(set) var isSelected = false

    /// A field holding `text`, with the cursor at its end.
    public init(_ text: String = "") {
        self.text = text.sanitizedForDisplay
        cursor = self.text.count
    }

    /// The display column of the cursor from the start of the text.
    public var cursorColumn: Int { DisplayWidth.of(text.prefix(cursor)) }

    /// Whether the field holds no text.
    public var isEmpty: Bool { text.isEmpty }

    /// Selects the whole text (nothing, when there is none), so that typing replaces it.
    public mutating func selectAll() {
        isSelected = !text.isEmpty
    }

    /// Applies one edit.
    public mutating func apply(_ edit: TextEdit) {
        if isSelected {
            isSelected = false
            switch edit {
            case .insert, .deleteBackward, .deleteForward: apply(.clear)
            case .left, .right, .home, .end, .clear: break
            }
            if edit == .deleteBackward || edit == .deleteForward { return }
        }
        switch edit {
        case .insert(let typed):
            // Pasted text may carry line breaks or escapes: a field holds one safe line.
            let clean = typed.sanitizedForDisplay
            let index = text.index(text.startIndex, offsetBy: cursor)
            text.insert(contentsOf: clean, at: index)
            cursor += clean.count
        case .deleteBackward:
            guard cursor > 0 else { return }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
            cursor -= 1
        case .deleteForward:
            guard cursor < text.count else { return }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .clear:
            text = ""
            cursor = 0
        }
    }

    /// The part of the text to show in `columns` columns, scrolled so the cursor stays in view,
    /// and the cursor's column within it.
    public func visible(in columns: Int) -> (text: String, cursorColumn: Int) {
        guard columns > 0 else { return ("", 0) }
        var start = 0
        var characters = Array(text)
        // Drop characters from the left until the cursor (and one cell for it) fits.
        while start < cursor, DisplayWidth.of(String(characters[start..<cursor])) + 1 > columns {
            start += 1
        }
        characters = Array(characters[start...])
        let shown = String(characters).truncated(toColumns: columns)
        return (shown, DisplayWidth.of(String(characters.prefix(cursor - start))))
    }
}

/// One edit of a text field.
public enum TextEdit: Hashable, Sendable {
    /// Inserts typed or pasted text at the cursor.
    case insert(String)
    /// Removes the character before the cursor.
    case deleteBackward
    /// Removes the character under the cursor.
    case deleteForward
    /// Moves the cursor one character left.
    case left
    /// Moves the cursor one character right.
    case right
    /// Moves the cursor to the start.
    case home
    /// Moves the cursor to the end.
    case end
    /// Empties the field.
    case clear
}
