import ZhibanModel

extension AppState {
    /// Shows another date, keeping the cursor on the same checkpoint and shift.
    mutating func showDate(_ newDate: LocalDate) {
        date = newDate
        keepCursorsVisible()
    }

    /// Keeps every view's cursor on its content and on screen (after a resize or a new date).
    mutating func keepCursorsVisible() {
        for feature in ViewKind.features { feature.keepVisible(&self) }
    }
}
