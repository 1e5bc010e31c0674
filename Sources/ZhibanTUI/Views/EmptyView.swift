/// A view with nothing to show yet, saying so.
enum EmptyView {
    static func render(_ text: String, into screen: inout Screen, at rect: Rect) {
        screen.write(text, x: rect.x + 2, y: rect.y + 1, style: CellStyle(.muted), maxWidth: rect.width - 4)
    }
}
