import ZhibanModel
import ZhibanOutput

/// One view of the interface as the shell sees it. Its state is one field of `AppState` (the day
/// board's is `day`, the period grid's `period`, …), its files are one folder of `Features/`, and
/// `ViewKind.feature` is the one line that registers it.
///
/// The shell (`AppState.apply`) handles what every view shares — switching views and modes,
/// dates, undo, save, quit — and hands each other normal-mode action to the view on screen.
protocol ViewFeature {
    /// Handles a normal-mode action on this view; nil when the view leaves it to the shell.
    static func update(_ action: Action, in app: inout AppState) -> [Effect]?
    /// Works out what the view needs from the roster and has not yet got for this revision.
    static func refresh(_ app: inout AppState)
    /// Keeps the view's cursor on its content and on screen (after a resize, a new date, an edit).
    static func keepVisible(_ app: inout AppState)
    /// Moves to the next (or previous) match of the last `/` search.
    static func search(_ query: String, forward: Bool, in app: inout AppState)
    /// What the print preview shows from this view: how the sheets are grouped, and the dates.
    static func printSheets(_ app: AppState) -> (grouping: SheetGrouping, dates: ClosedRange<LocalDate>)
    /// Draws the view in the body of the screen.
    static func render(_ app: AppState, into screen: inout Screen, at rect: Rect)
}

extension ViewFeature {
    static func keepVisible(_ app: inout AppState) {}
    static func search(_ query: String, forward: Bool, in app: inout AppState) {}
}

extension ViewKind {
    /// The feature that handles and draws the view: adding a view adds its case here.
    var feature: any ViewFeature.Type {
        switch self {
        case .day: DayBoardFeature.self
        case .period: PeriodFeature.self
        case .people, .teams, .checkpoints: TablesFeature.self
        case .problems: ProblemsFeature.self
        case .stats: StatsFeature.self
        }
    }

    /// Every view's feature, once each (the tables serve three views).
    static var features: [any ViewFeature.Type] {
        var seen = Set<ObjectIdentifier>()
        return allCases.map(\.feature).filter { seen.insert(ObjectIdentifier($0)).inserted }
    }
}
