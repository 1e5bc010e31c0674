import ZhibanModel

/// The tables of the people, teams and checkpoints views: each table's cursor, sort and filter,
/// and the pane the checkpoints view shows.
struct TablesState: Sendable {
    /// Each table's state, by `TableKind.rawValue`.
    private var states = Array(repeating: TableState(), count: TableKind.allCases.count)
    /// The pane shown in the checkpoints view: checkpoints, shifts or rotations.
    var checkpointPane = TableKind.checkpoints

    /// The state of one table.
    subscript(kind: TableKind) -> TableState {
        get { states[kind.rawValue] }
        set { states[kind.rawValue] = newValue }
    }

    /// The table a view shows, if it shows one.
    func kind(shownBy view: ViewKind) -> TableKind? {
        switch view {
        case .people: return .people
        case .teams: return .teams
        case .checkpoints: return checkpointPane
        case .day, .period, .problems, .stats: return nil
        }
    }

    /// The next (or previous) pane of the checkpoints view.
    mutating func switchPane(forward: Bool) {
        let panes = TableKind.postsPanes
        let index = panes.firstIndex(of: checkpointPane) ?? 0
        checkpointPane = panes[(index + (forward ? 1 : panes.count - 1)) % panes.count]
    }
}
