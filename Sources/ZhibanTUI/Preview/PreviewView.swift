/// A page of text over the view, scrolled: the re-plan preview and the print preview. Lines
/// longer than the screen wrap, so no explanation loses its end.
enum PreviewView {
    /// The page's lines: everything under the title.
    static func scrollArea(in body: Rect) -> Rect {
        Rect(x: body.x, y: body.y + 1, width: body.width, height: max(0, body.height - 1))
    }

    static func render(title: String, lines: [String], scroll: Int, into screen: inout Screen, at body: Rect) {
        screen.fill(body, style: CellStyle(.normal))
        screen.write(" " + title, in: body.row(0), style: CellStyle(.header, bold: true))
        let shown = wrapped(lines, width: body.width)
        for offset in 0..<scrollArea(in: body).height {
            guard let line = shown[safe: scroll + offset] else { break }
            screen.write(line, x: body.x + 1, y: body.y + 1 + offset, maxWidth: body.width - 2)
        }
    }

    /// The lines as drawn on a screen `width` columns wide (a long line takes several).
    static func wrapped(_ lines: [String], width: Int) -> [String] {
        lines.flatMap { TextWrapping.lines($0, columns: max(1, width - 2)) }
    }
}
