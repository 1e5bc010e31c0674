/// A stretch of one row that changed between two frames, all in one style: what the terminal
/// edge draws with a single call.
public struct ScreenRun: Hashable, Sendable {
    /// The first column (always the start of a character, never the right half of a wide one).
    public var x: Int
    /// The row.
    public var y: Int
    /// The characters to draw, already safe for the terminal.
    public var text: String
    /// How they are drawn.
    public var style: CellStyle

    /// Creates a run.
    public init(x: Int, y: Int, text: String, style: CellStyle) {
        self.x = x
        self.y = y
        self.text = text
        self.style = style
    }
}

extension Screen {
    /// The runs that turn `previous` into this screen: only changed cells (widened so a wide
    /// character is always drawn whole), split where the style changes. With no previous frame,
    /// or one of another size, every row is drawn.
    public func changes(since previous: Screen?) -> [ScreenRun] {
        let comparable = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        var runs: [ScreenRun] = []
        var changed = [Bool](repeating: false, count: width)
        for row in 0..<height {
            var any = false
            for column in 0..<width {
                let differs = comparable.map { $0[column, row] != self[column, row] } ?? true
                changed[column] = differs
                any = any || differs
            }
            guard any else { continue }
            widenToWholeCharacters(&changed, row: row)
            appendRuns(of: row, changed: changed, to: &runs)
        }
        return runs
    }

    /// Marks both halves of every wide character that has one half marked.
    private func widenToWholeCharacters(_ changed: inout [Bool], row: Int) {
        for column in 0..<width where changed[column] {
            if self[column, row].isContinuation, column > 0 { changed[column - 1] = true }
            if column + 1 < width, self[column + 1, row].isContinuation { changed[column + 1] = true }
        }
    }

    private func appendRuns(of row: Int, changed: [Bool], to runs: inout [ScreenRun]) {
        var column = 0
        while column < width {
            guard changed[column] else {
                column += 1
                continue
            }
            let style = self[column, row].style
            var text = ""
            let start = column
            while column < width, changed[column], self[column, row].style == style {
                if !self[column, row].isContinuation { text.append(self[column, row].character) }
                column += 1
            }
            runs.append(ScreenRun(x: start, y: row, text: text, style: style))
        }
    }
}
