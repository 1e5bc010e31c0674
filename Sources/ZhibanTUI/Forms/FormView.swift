/// A form over the view: its title, then one line per field (label, value, and the problem or
/// the hint beside it), the field being typed in marked and holding the cursor.
enum FormView {
    static func render(_ form: Form, state: AppState, into screen: inout Screen, at body: Rect) {
        screen.fill(body, style: CellStyle(.normal))
        let language = state.language
        screen.write(" " + form.title(language), in: body.row(0), style: CellStyle(.header, bold: true))
        let labelWidth = min(16, (form.fields.map { $0.label(language).displayWidth }.max() ?? 0) + 2)
        let valueWidth = max(10, min(36, (body.width - labelWidth - 4) / 2))
        let errors = form.visibleErrors
        for (index, field) in form.fields.enumerated() {
            let y = body.y + 2 + index
            guard y < body.maxY else { break }
            let focused = index == form.focus
            screen.write((focused ? ">" : " ") + field.label(language), in: Rect(x: body.x + 1, y: y, width: labelWidth, height: 1),
                         style: CellStyle(.normal, bold: focused))
            let x = body.x + 1 + labelWidth
            let shown = field.value.visible(in: valueWidth)
            screen.write("[" + shown.text.padded(toColumns: valueWidth) + "]", x: x, y: y,
                         style: CellStyle(focused ? .cursor : .normal, reverse: focused))
            // Selected text (typing replaces it) stands out from the field around it.
            if focused, field.value.isSelected {
                screen.write(shown.text, x: x + 1, y: y, style: CellStyle(.marked, bold: true, reverse: true))
            }
            if focused { screen.cursor = Position(x: x + 1 + shown.cursorColumn, y: y) }
            let noteX = x + valueWidth + 3
            if let error = errors[index] {
                screen.write("! " + error(language), x: noteX, y: y, style: CellStyle(.error, bold: true), maxWidth: body.maxX - noteX)
            } else {
                screen.write(field.hint(language), x: noteX, y: y, style: CellStyle(.muted), maxWidth: body.maxX - noteX)
            }
        }
    }
}
