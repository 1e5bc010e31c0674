import ZhibanModel

/// The whole text of the row under the cursor, wrapped, in a few lines at the bottom of a
/// list: explanations cut at the screen edge lose their deciding clause.
enum DetailLines {
    /// Lines kept for the detail below a list.
    static let height = 4

    /// The bottom `height` lines of `rect`, where the detail goes.
    static func area(of rect: Rect) -> Rect {
        Rect(x: rect.x, y: rect.maxY - height, width: rect.width, height: min(height, rect.height))
    }

    /// `rect` without the detail area.
    static func listArea(of rect: Rect) -> Rect {
        Rect(x: rect.x, y: rect.y, width: rect.width, height: max(0, rect.height - height))
    }

    /// Draws `text` wrapped into the detail area of `rect`, under a thin rule; a text longer
    /// than the area ends in `…`.
    static func render(_ text: String, style: CellStyle, into screen: inout Screen, at rect: Rect) {
        let area = area(of: rect)
        screen.fill(area, style: CellStyle(.normal))
        screen.write(String(repeating: "─", count: max(0, area.width)), x: area.x, y: area.y, style: CellStyle(.muted))
        var lines = TextWrapping.lines(text, columns: area.width - 2)
        let room = max(0, area.height - 1)
        if lines.count > room, room > 0 {
            lines = Array(lines.prefix(room))
            lines[room - 1] = lines[room - 1].truncated(toColumns: area.width - 3) + "…"
        }
        for (offset, line) in lines.prefix(room).enumerated() {
            screen.write(line, x: area.x + 1, y: area.y + 1 + offset, style: style, maxWidth: area.width - 2)
        }
    }
}
