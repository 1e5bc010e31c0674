import ZhibanModel

/// A grid of cells that views draw into and the terminal edge copies to the terminal.
///
/// Text is measured in display columns: a wide character takes two cells, and one that would be
/// cut by the right edge of its area is replaced by a space instead of being drawn in half.
/// Everything written is passed through `sanitizedForTerminal` first, so no control character or
/// escape sequence from a roster file can ever reach the terminal, and joined emoji are drawn as
/// their parts, in the columns every terminal gives them.
public struct Screen: Hashable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// The cells, row by row.
    private var cells: [Cell]
    /// Where the terminal's cursor should blink (in a text field), or nil to hide it.
    public var cursor: Position?

    /// A blank screen.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole screen as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a column and row (both must be on the screen).
    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes text from (x, y) rightwards, stopping at the screen's edge or after `maxWidth`
    /// columns, whichever comes first. Returns the columns used.
    @discardableResult
    public mutating func write(
        _ text: String, x: Int, y: Int, style: CellStyle = .plain, maxWidth: Int? = nil
    ) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        for character in text.sanitizedForTerminal.flatMap(Screen.cells) {
            let columns = DisplayWidth.of(character)
            if columns == 0 { continue }
            if column + columns > limit {
                // A wide character cut by the edge is not drawn in half: a space stands in for it.
                if column < limit {
                    place(" ", columns: 1, at: column, row: y, style: style)
                    column += 1
                }
                break
            }
            place(character, columns: columns, at: column, row: y, style: style)
            column += columns
        }
        return column - x
    }

    /// A character as the cells it is drawn in: itself, or, when wider than two columns (a
    /// cluster of several spacing letters, as in some scripts), each of its scalars alone, as
    /// the terminal advances over them.
    private static func cells(_ character: Character) -> [Character] {
        guard DisplayWidth.of(character) > 2 else { return [character] }
        return character.unicodeScalars.map { Character($0) }
    }

    /// Writes text padded with spaces (or cut) to exactly `width` columns.
    public mutating func write(
        _ text: String, in rect: Rect, style: CellStyle = .plain, alignRight: Bool = false
    ) {
        guard rect.height > 0 else { return }
        let fitted = text.sanitizedForTerminal.padded(toColumns: rect.width, alignRight: alignRight)
        write(fitted, x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
    }

    /// Fills a rectangle with one narrow character.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: CellStyle = .plain) {
        let fillCharacter: Character = DisplayWidth.of(character) == 1 ? character : " "
        let (rows, columns) = clipped(rect)
        for row in rows {
            for column in columns { place(fillCharacter, columns: 1, at: column, row: row, style: style) }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping the characters.
    public mutating func restyle(_ rect: Rect, _ change: (inout CellStyle) -> Void) {
        let (rows, columns) = clipped(rect)
        for row in rows {
            for column in columns { change(&cells[row * width + column].style) }
        }
    }

    /// The screen as plain text, one line per row, trailing spaces removed: what a test compares.
    public var text: String {
        (0..<height).map(rowText).joined(separator: "\n")
    }

    /// One row as plain text, trailing spaces removed.
    public func rowText(_ row: Int) -> String {
        var line = ""
        for column in 0..<width where !self[column, row].isContinuation {
            line.append(self[column, row].character)
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The rows and columns of a rectangle that lie on the screen.
    private func clipped(_ rect: Rect) -> (rows: Range<Int>, columns: Range<Int>) {
        let top = min(max(0, rect.y), height)
        let left = min(max(0, rect.x), width)
        return (top..<max(top, min(height, rect.maxY)), left..<max(left, min(width, rect.maxX)))
    }

    /// Puts one character into the grid, first breaking any wide character it would cut in half.
    private mutating func place(_ character: Character, columns: Int, at column: Int, row: Int, style: CellStyle) {
        let start = row * width + column
        if cells[start].isContinuation, column > 0 {
            cells[start - 1] = Cell(" ", style: cells[start - 1].style)
        }
        let after = column + columns
        if after < width, cells[start + columns].isContinuation {
            cells[start + columns] = Cell(" ", style: cells[start + columns].style)
        }
        cells[start] = Cell(character, style: style)
        if columns == 2 { cells[start + 1] = Cell(" ", style: style, isContinuation: true) }
    }
}
