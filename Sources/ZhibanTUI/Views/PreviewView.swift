/// A page of text over the view, scrolled: the re-plan preview and the print preview.
enum PreviewView {
    static func render(title: String, lines: [String], scroll: Int, into screen: inout Screen, at body: Rect) {
        screen.fill(body, style: CellStyle(.normal))
        screen.write(" " + title, in: body.row(0), style: CellStyle(.header, bold: true))
        for offset in 0..<max(0, body.height - 1) {
            guard let line = lines[safe: scroll + offset] else { break }
            screen.write(line, x: body.x + 1, y: body.y + 1 + offset, maxWidth: body.width - 2)
        }
    }
}
