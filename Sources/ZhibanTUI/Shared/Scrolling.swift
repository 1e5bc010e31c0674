/// Keeps a cursor inside the window of rows shown.
enum Scrolling {
    /// The first row to show so that `cursor` is visible in `visible` rows, moving the window as
    /// little as possible from `offset`.
    static func offset(keeping cursor: Int, visible: Int, from offset: Int) -> Int {
        guard visible > 0 else { return max(0, cursor) }
        if cursor < offset { return max(0, cursor) }
        if cursor >= offset + visible { return cursor - visible + 1 }
        return max(0, offset)
    }
}
