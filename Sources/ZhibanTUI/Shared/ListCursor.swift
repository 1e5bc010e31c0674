/// A cursor on a list of rows and the first row shown.
public struct ListCursor: Hashable, Sendable {
    /// The row under the cursor.
    public internal(set) var row = 0
    /// The first row shown.
    public internal(set) var scroll = 0

    /// A cursor on the first row.
    public init() {}

    /// Moves by `step` rows within `count` rows, keeping the cursor in a window of `visible`.
    mutating func move(by step: Int, count: Int, visible: Int) {
        row = min(max(0, row + step), max(0, count - 1))
        scroll = min(Scrolling.offset(keeping: row, visible: visible, from: scroll), max(0, count - visible))
    }

    /// The cursor kept on one of `count` rows and in view.
    mutating func clamp(count: Int, visible: Int) { move(by: 0, count: count, visible: visible) }
}

extension ListCursor {
    /// Moves for a moving key (up, down, a page, the first or last row); other actions leave it.
    mutating func apply(_ action: Action, count: Int, visible: Int) {
        switch action {
        case .moveUp: move(by: -1, count: count, visible: visible)
        case .moveDown: move(by: 1, count: count, visible: visible)
        case .pageUp: move(by: -visible, count: count, visible: visible)
        case .pageDown: move(by: visible, count: count, visible: visible)
        case .first: move(by: -count, count: count, visible: visible)
        case .last: move(by: count, count: count, visible: visible)
        default: break
        }
    }
}
